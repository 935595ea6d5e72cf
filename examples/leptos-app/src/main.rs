//! A small Leptos app that uses the widget as a library: two `<SoleusWidget/>`s with different
//! options, and a log of the typed events they report.

use leptos::prelude::*;
use soleus::{Sections, SoleusWidget, Theme, WidgetEvent, WidgetOptions};

/// One line of the event log: which widget, and what it reported.
#[derive(Clone)]
struct Logged {
    widget: &'static str,
    event: WidgetEvent,
}

/// The app: an explorer starting at 90°, a clinic-branded quiz, and the event log.
#[component]
fn App() -> impl IntoView {
    let log = RwSignal::new(Vec::<Logged>::new());
    let record = move |widget: &'static str| {
        move |event: WidgetEvent| log.update(|log| log.push(Logged { widget, event }))
    };
    let explorer = WidgetOptions {
        id: Some("explorer".into()),
        sections: Sections::Diagram,
        knee_degrees: 90,
        ..WidgetOptions::default()
    };
    let quiz = WidgetOptions {
        id: Some("quiz".into()),
        sections: Sections::Quiz,
        theme: Theme::Light,
        clinic_name: Some("Harbour Street Physiotherapy".into()),
        booking_url: Some("https://harbour-street-physio.example/book".into()),
        emergency_number: Some("999".into()),
        ..WidgetOptions::default()
    };
    view! {
        <main class="app">
            <h1>"Soleus in a Leptos app"</h1>
            <p>"Two widgets from one crate, each with its own options, and the events they report."</p>
            <div class="app__widgets">
                <section aria-label="Explorer widget" class="app__slot" data-widget="explorer">
                    <SoleusWidget options=explorer on_event=record("explorer")/>
                </section>
                <section aria-label="Quiz widget" class="app__slot" data-widget="quiz">
                    <SoleusWidget options=quiz on_event=record("quiz")/>
                </section>
            </div>
            <section class="app__log">
                <h2>"Events received"</h2>
                <ol class="app__events">
                    <For
                        each=move || log.get().into_iter().enumerate()
                        key=|(index, _)| *index
                        children=|(_, logged)| view! {
                            <li data-widget=logged.widget data-event=logged.event.name()>
                                {logged.widget}": "{format!("{:?}", logged.event)}
                            </li>
                        }
                    />
                </ol>
            </section>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
