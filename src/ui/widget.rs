//! The root component of one widget instance.

use leptos::prelude::*;

use super::diagram::CalfDiagram;
use super::knee_control::KneeControl;
use super::share_meter::ShareMeter;
use super::Words;
use crate::embed::config::Config;
use crate::model::knee;

/// One widget: the calf diagram, the knee-angle control and the share of the work.
///
/// All state lives here, in signals owned by this instance, so widgets on one page never
/// share state.
#[component]
pub fn Widget(
    /// The validated configuration from the host element.
    config: Config,
) -> impl IntoView {
    Words::provide(config.lang);
    let text = Words::get();
    let (knee_degrees, set_knee_degrees) = signal(config.knee_degrees);
    let share = Memo::new(move |_| knee::share(knee_degrees.get().into()));

    view! {
        <section class="sol-root" lang=config.lang.tag() aria-labelledby="sol-title">
            <h2 class="sol-title" id="sol-title">{text.ui.title}</h2>
            <p class="sol-intro">{text.ui.intro}</p>
            <div class="sol-explorer">
                <CalfDiagram share=share/>
                <div class="sol-panel">
                    <KneeControl knee_degrees=knee_degrees set_knee_degrees=set_knee_degrees share=share/>
                    <ShareMeter share=share/>
                </div>
            </div>
            <p class="sol-notice">{text.ui.education_notice}</p>
        </section>
    }
}
