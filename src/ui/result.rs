//! The quiz result: advice to seek care after any red flag, otherwise the knowledge score
//! and the personal circuit with its plan, rationale and sources.

use super::html::Html;
use crate::content::{fill, Text};
use crate::embed::config::Config;
use crate::model::circuit::{
    Dose, Exercise, Level, Prescription, Reason, Recommendation, HEEL_RAISES_PERFORMANCE_FROM,
    HEEL_RAISE_MEDIAN_MEN, HEEL_RAISE_MEDIAN_WOMEN, MAX_DISCOMFORT_OUT_OF_10, REST_SECONDS, TEMPO,
};
use crate::model::quiz::{Outcome, QuizState};
use crate::model::triage::{self, RedFlag, Triage, Urgency};

fn level_name(text: &'static Text, level: Level) -> &'static str {
    text.levels[usize::from(level.index())].name
}

/// The words of one rationale line, filled from the person's answers.
fn reason_words(text: &'static Text, reason: Reason) -> String {
    let ui = &text.ui;
    match reason {
        Reason::SelfTest(count, level) => {
            let median = format!("{HEEL_RAISE_MEDIAN_WOMEN}–{HEEL_RAISE_MEDIAN_MEN}");
            fill(
                ui.reason_self_test_template,
                &[
                    ("count", &count.to_string()),
                    ("median", &median),
                    ("target", &HEEL_RAISES_PERFORMANCE_FROM.to_string()),
                    ("level", level_name(text, level)),
                ],
            )
        }
        Reason::NoSelfTest(level) => fill(
            ui.reason_no_self_test_template,
            &[("level", level_name(text, level))],
        ),
        Reason::PreviousProblem => ui.reason_previous_problem.to_string(),
        Reason::RecentJump => ui.reason_recent_jump.to_string(),
        Reason::OlderAge => ui.reason_older_age.to_string(),
        Reason::HighDistance => ui.reason_high_distance.to_string(),
        Reason::ForefootStrike => ui.reason_forefoot_strike.to_string(),
    }
}

/// The booking link, if the clinic configured one; its name is rendered as text.
fn booking_link(html: &mut Html, text: &Text, config: &Config) {
    let ui = &text.ui;
    let Some(url) = &config.booking_url else {
        return;
    };
    let label = match &config.clinic_name {
        Some(clinic) => fill(ui.booking_template, &[("clinic", clinic)]),
        None => ui.booking_generic.to_string(),
    };
    html.open("p", "sol-cta")
        .open_with(
            "a",
            &[
                ("class", "sol-button sol-button--primary"),
                ("href", url),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
            ],
        )
        .text(&label)
        .close("a")
        .close("p");
}

/// One exercise card, as static HTML.
fn exercise_card(html: &mut Html, text: &Text, prescription: Prescription) {
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
fn render_care(
    html: &mut Html,
    text: &Text,
    config: &Config,
    urgency: Urgency,
    reasons: &[RedFlag],
) {
    let ui = &text.ui;
    let urgency_words = &text.urgencies[urgency as usize];
    let number = triage::emergency_number(config.emergency_number.as_deref(), config.lang);
    html.open_with(
        "section",
        &[
            ("class", "sol-result sol-result--care"),
            ("data-outcome", "seek-care"),
            ("aria-label", urgency_words.heading),
        ],
    )
    .element("h4", "sol-result__title", urgency_words.heading)
    .element("p", "", urgency_words.advice);
    if urgency == Urgency::Emergency {
        let line = fill(ui.emergency_template, &[("number", number)]);
        html.open("p", "sol-result__emergency")
            .element("strong", "", &line)
            .close("p");
    }
    html.open("ul", "");
    for flag in reasons {
        if let Some(i) = RedFlag::ALL.iter().position(|f| f == flag) {
            html.element("li", "", text.red_flags[i].reason);
        }
    }
    html.close("ul").element("p", "", ui.no_exercise_after_flag);
    booking_link(html, text, config);
    html.close("section");
}

/// The personal circuit's summary and actions; the plan itself goes into `.sol-plan-slot`
/// one task later (see [`render_plan`]), so that showing the result never blocks the host
/// page for long on a slow phone.
fn render_circuit(
    html: &mut Html,
    text: &'static Text,
    config: &Config,
    state: &QuizState,
    level: Level,
) {
    let ui = &text.ui;
    let (right, total) = state.score();
    let score = fill(
        ui.score_template,
        &[("right", &right.to_string()), ("total", &total.to_string())],
    );
    html.open_with(
        "section",
        &[
            ("class", "sol-result"),
            ("data-outcome", "circuit"),
            ("aria-label", ui.result_heading),
        ],
    )
    .open("p", "sol-result__score")
    .text(&score)
    .text(" ")
    .text(ui.takeaway)
    .close("p")
    .element(
        "h4",
        "sol-result__title",
        &fill(
            ui.circuit_heading_template,
            &[("level", level_name(text, level))],
        ),
    )
    .element("p", "", text.levels[usize::from(level.index())].summary)
    .open("div", "sol-plan-slot")
    .close("div");
    booking_link(html, text, config);
    html.open("div", "sol-actions sol-no-print")
        .button(
            "sol-button sol-button--primary",
            "circuit-start",
            ui.start_circuit,
        )
        .button("sol-button", "copy-link", ui.copy_link)
        .button("sol-button", "print", ui.print)
        .close("div")
        .open("div", "sol-link-slot")
        .close("div")
        .close("section");
}

/// The exercises, the weekly plan, the pain rule and the reasons for this circuit.
pub fn render_plan(html: &mut Html, text: &'static Text, recommendation: &Recommendation) {
    let ui = &text.ui;
    html.open("ol", "sol-exercises");
    for prescription in &recommendation.exercises {
        exercise_card(html, text, *prescription);
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
        html.element("li", "", &reason_words(text, *reason));
    }
    html.close("ul");
}

/// The copied link, shown so it can also be selected by hand.
pub fn render_link(html: &mut Html, text: &Text, url: &str) {
    html.open("label", "sol-link sol-no-print")
        .element("span", "", text.ui.link_label)
        .open_with(
            "input",
            &[
                ("class", "sol-link__input"),
                ("type", "text"),
                ("readonly", ""),
                ("value", url),
            ],
        )
        .open_with("span", &[("role", "status")])
        .text(text.ui.link_copied)
        .close("span")
        .close("label");
}

/// The result of a finished quiz: advice to seek care, or the circuit (its plan comes
/// later, from [`render_plan`]).
pub fn render(html: &mut Html, text: &'static Text, config: &Config, state: &QuizState) {
    match state.outcome() {
        Some(Outcome::SeekCare(Triage::SeekCare { urgency, reasons })) => {
            render_care(html, text, config, urgency, &reasons)
        }
        Some(Outcome::Circuit(recommendation)) => {
            render_circuit(html, text, config, state, recommendation.level)
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;
    use crate::model::quiz::{Kind, QuizEvent, Step, QUESTIONS};

    /// A quiz answered to the end, with `flags` ticked at the screening.
    fn finished(flags: &[RedFlag]) -> QuizState {
        let mut state = QuizState::default();
        while let Step::Question(n) = state.step {
            let event = match QUESTIONS[usize::from(n)].kind {
                Kind::Count { .. } => QuizEvent::SetCount(22),
                _ => QuizEvent::Choose(1),
            };
            state = state.apply(event).apply(QuizEvent::Next);
        }
        for flag in flags {
            state = state.apply(QuizEvent::ToggleFlag(*flag));
        }
        state.apply(QuizEvent::ConfirmScreening)
    }

    fn rendered(state: &QuizState, config: &Config) -> String {
        let mut html = Html::new();
        render(&mut html, Lang::En.text(), config, state);
        html.finish()
    }

    #[test]
    fn no_red_flag_result_ever_shows_an_exercise() {
        let config = Config {
            emergency_number: Some("999".into()),
            ..Config::default()
        };
        for flag in RedFlag::ALL {
            let html = rendered(&finished(&[flag]), &config);
            assert!(html.contains("data-outcome=\"seek-care\""), "{flag:?}");
            for exercise in &Lang::En.text().exercises {
                assert!(
                    !html.contains(exercise.name),
                    "{flag:?} shows {}",
                    exercise.name
                );
            }
            assert!(!html.contains("circuit-start"), "{flag:?}");
            let emergency = flag.urgency() == Urgency::Emergency;
            assert_eq!(html.contains("999"), emergency, "{flag:?}");
        }
    }

    #[test]
    fn a_clear_result_offers_the_circuit_and_its_plan_names_the_exercises() {
        let state = finished(&[]);
        let html = rendered(&state, &Config::default());
        assert!(html.contains("data-outcome=\"circuit\""));
        assert!(html.contains("data-action=\"circuit-start\""));
        let Some(Outcome::Circuit(recommendation)) = state.outcome() else {
            panic!("a clear screening ends in a circuit");
        };
        let mut plan = Html::new();
        render_plan(&mut plan, Lang::En.text(), &recommendation);
        let plan = plan.finish();
        assert_eq!(
            plan.matches("class=\"sol-exercise\"").count(),
            recommendation.exercises.len()
        );
    }

    #[test]
    fn a_clinic_name_and_address_are_text_never_markup() {
        let config = Config {
            clinic_name: Some("<img src=x onerror=alert(1)> & Co".into()),
            booking_url: Some("https://clinic.example/book?a=1&b=\"2\"".into()),
            ..Config::default()
        };
        let html = rendered(&finished(&[]), &config);
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co"));
        assert!(html.contains("href=\"https://clinic.example/book?a=1&amp;b=&quot;2&quot;\""));
        assert!(!html.contains("<img"));
    }
}
