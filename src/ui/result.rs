//! The quiz result: advice to seek care after any red flag, otherwise the knowledge score
//! and the personal circuit with its plan, rationale and sources.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::html::Html;
use super::Words;
use crate::content::fill;
use crate::embed::config::Config;
use crate::embed::persist;
use crate::model::circuit::{
    Dose, Exercise, Level, Prescription, Reason, Recommendation, HEEL_RAISES_PERFORMANCE_FROM,
    HEEL_RAISE_MEDIAN_MEN, HEEL_RAISE_MEDIAN_WOMEN, MAX_DISCOMFORT_OUT_OF_10, REST_SECONDS, TEMPO,
};
use crate::model::quiz::{Outcome, QuizState};
use crate::model::share;
use crate::model::triage::{self, RedFlag, Triage, Urgency};

fn level_name(level: Level) -> &'static str {
    Words::get().levels[usize::from(level.index())].name
}

/// The words of one rationale line, filled from the person's answers.
fn reason_words(reason: Reason) -> String {
    let ui = &Words::get().ui;
    match reason {
        Reason::SelfTest(count, level) => {
            let median = format!("{HEEL_RAISE_MEDIAN_WOMEN}–{HEEL_RAISE_MEDIAN_MEN}");
            fill(
                ui.reason_self_test_template,
                &[
                    ("count", &count.to_string()),
                    ("median", &median),
                    ("target", &HEEL_RAISES_PERFORMANCE_FROM.to_string()),
                    ("level", level_name(level)),
                ],
            )
        }
        Reason::NoSelfTest(level) => fill(
            ui.reason_no_self_test_template,
            &[("level", level_name(level))],
        ),
        Reason::PreviousProblem => ui.reason_previous_problem.to_string(),
        Reason::RecentJump => ui.reason_recent_jump.to_string(),
        Reason::OlderAge => ui.reason_older_age.to_string(),
        Reason::HighDistance => ui.reason_high_distance.to_string(),
        Reason::ForefootStrike => ui.reason_forefoot_strike.to_string(),
    }
}

/// The booking link, if the clinic configured one; its name is rendered as text.
fn booking_link(config: &Config) -> Option<impl IntoView> {
    let ui = &Words::get().ui;
    let url = config.booking_url.clone()?;
    let label = match &config.clinic_name {
        Some(clinic) => fill(ui.booking_template, &[("clinic", clinic)]),
        None => ui.booking_generic.to_string(),
    };
    Some(view! {
        <p class="sol-cta">
            <a class="sol-button sol-button--primary" href=url target="_blank" rel="noopener noreferrer">{label}</a>
        </p>
    })
}

/// One exercise card, as static HTML.
fn exercise_card(html: &mut Html, prescription: Prescription) {
    let text = Words::get();
    let ui = &text.ui;
    let index = Exercise::ALL
        .iter()
        .position(|e| *e == prescription.exercise)
        .unwrap_or(0);
    let words = &text.exercises[index];
    let sets = prescription.sets.to_string();
    let mut dose = match prescription.dose {
        Dose::Reps(reps) => fill(
            ui.sets_reps_template,
            &[("sets", &sets), ("reps", &reps.to_string())],
        ),
        Dose::HoldSeconds(seconds) => fill(
            ui.sets_hold_template,
            &[("sets", &sets), ("seconds", &seconds.to_string())],
        ),
    };
    if prescription.each_leg {
        dose.push_str(", ");
        dose.push_str(ui.each_leg);
    }
    html.open("li", "sol-exercise")
        .element("h5", "sol-exercise__name", words.name)
        .element("p", "sol-exercise__dose", &dose);
    if matches!(prescription.dose, Dose::Reps(_)) {
        let tempo = fill(
            ui.tempo_template,
            &[
                ("up", &TEMPO.0.to_string()),
                ("hold", &TEMPO.1.to_string()),
                ("down", &TEMPO.2.to_string()),
            ],
        );
        html.element("p", "", &tempo);
    }
    html.element(
        "p",
        "",
        &fill(ui.rest_template, &[("seconds", &REST_SECONDS.to_string())]),
    );
    html.open("ol", "sol-exercise__steps");
    for step in words.steps {
        html.element("li", "", step);
    }
    html.close("ol")
        .labelled(ui.cue_label, words.cue)
        .labelled(ui.easier_label, words.easier)
        .labelled(ui.harder_label, words.harder)
        .close("li");
}

/// Advice to seek care, with no exercise anywhere.
fn care_view(config: &Config, urgency: Urgency, reasons: Vec<RedFlag>) -> impl IntoView {
    let text = Words::get();
    let ui = &text.ui;
    let urgency_words = &text.urgencies[urgency as usize];
    let number = triage::emergency_number(config.emergency_number.as_deref(), config.lang);
    let mut html = Html::new();
    html.open("h4", "sol-result__title")
        .text(urgency_words.heading)
        .close("h4")
        .element("p", "", urgency_words.advice);
    if urgency == Urgency::Emergency {
        let line = fill(ui.emergency_template, &[("number", number)]);
        html.open("p", "sol-result__emergency")
            .element("strong", "", &line)
            .close("p");
    }
    html.open("ul", "");
    for flag in reasons {
        if let Some(i) = RedFlag::ALL.iter().position(|f| *f == flag) {
            html.element("li", "", text.red_flags[i].reason);
        }
    }
    html.close("ul").element("p", "", ui.no_exercise_after_flag);
    view! {
        <section class="sol-result sol-result--care" data-outcome="seek-care" aria-label=urgency_words.heading>
            <div inner_html=html.finish()></div>
            {booking_link(config)}
        </section>
    }
}

/// The personal circuit: static plan, then the actions.
fn circuit_view(
    state: RwSignal<QuizState>,
    config: &Config,
    recommendation: Recommendation,
    on_start: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    let ui = &text.ui;
    let (right, total) = state.with_untracked(|s| s.score());
    let level = recommendation.level;
    let mut html = Html::new();
    let score = fill(
        ui.score_template,
        &[("right", &right.to_string()), ("total", &total.to_string())],
    );
    html.open("p", "sol-result__score")
        .text(&score)
        .text(" ")
        .text(ui.takeaway)
        .close("p")
        .open("h4", "sol-result__title")
        .text(&fill(
            ui.circuit_heading_template,
            &[("level", level_name(level))],
        ))
        .close("h4")
        .element("p", "", text.levels[usize::from(level.index())].summary);
    let summary = html.finish();

    // The plan is the heavy part; it is drawn one task later so that showing the result never
    // blocks the host page for long on a slow phone.
    let mut html = Html::new();
    html.open("ol", "sol-exercises");
    for prescription in &recommendation.exercises {
        exercise_card(&mut html, *prescription);
    }
    let weekly = fill(
        ui.weekly_template,
        &[("sessions", &recommendation.sessions_per_week.to_string())],
    );
    let pain = fill(
        ui.pain_rule_template,
        &[("pain", &MAX_DISCOMFORT_OUT_OF_10.to_string())],
    );
    html.close("ol")
        .open("div", "sol-plan")
        .element("p", "", &weekly)
        .element("p", "", ui.progress_rule)
        .element("p", "", &pain)
        .element("p", "", ui.tailor_note)
        .close("div")
        .element("h5", "", ui.rationale_heading)
        .open("ul", "sol-rationale");
    for reason in &recommendation.reasons {
        html.element("li", "", &reason_words(*reason));
    }
    html.close("ul");
    let plan = StoredValue::new(html.finish());
    let plan_shown = RwSignal::new(false);
    let deferred = StoredValue::new_local(Some(Timeout::new(0, move || plan_shown.set(true))));
    on_cleanup(move || deferred.set_value(None));

    let link = RwSignal::new(None::<String>);
    let key = config.key.clone();
    let copy_link = move |_| {
        let code = state.with_untracked(share::encode);
        if let Some(url) = code.and_then(|code| persist::link_with_code(&key, &code)) {
            persist::show_in_address_bar(&url);
            persist::copy_to_clipboard(&url);
            link.set(Some(url));
        }
    };
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="sol-result" data-outcome="circuit" aria-label=text.ui.result_heading>
            <div inner_html=summary></div>
            {move || plan_shown.get().then(|| view! { <div inner_html=plan.get_value()></div> })}
            {booking_link(config)}
            <div class="sol-actions sol-no-print">
                <button type="button" class="sol-button sol-button--primary" on:click=move |_| on_start.run(())>
                    {ui.start_circuit}
                </button>
                <button type="button" class="sol-button" on:click=copy_link>{ui.copy_link}</button>
                <button type="button" class="sol-button" on:click=print>{ui.print}</button>
            </div>
            {move || link.get().map(|url| view! {
                <label class="sol-link sol-no-print">
                    <span>{ui.link_label}</span>
                    <input class="sol-link__input" type="text" readonly prop:value=url/>
                    <span role="status">{ui.link_copied}</span>
                </label>
            })}
        </section>
    }
}

/// The result of a finished quiz; rendered once when the result step is entered.
#[component]
pub fn ResultView(
    /// The finished quiz.
    state: RwSignal<QuizState>,
    /// Clinic, booking link, emergency number and storage key.
    config: Config,
    /// Starts the guided circuit.
    #[prop(into)]
    on_start: Callback<()>,
) -> impl IntoView {
    match state.with_untracked(|s| s.outcome()) {
        Some(Outcome::SeekCare(Triage::SeekCare { urgency, reasons })) => {
            care_view(&config, urgency, reasons).into_any()
        }
        Some(Outcome::Circuit(recommendation)) => {
            circuit_view(state, &config, recommendation, on_start).into_any()
        }
        _ => ().into_any(),
    }
}
