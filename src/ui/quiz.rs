//! The quiz on screen: one question at a time, the red-flag screening, the result and the
//! guided player.
//!
//! All decisions are the model's (`QuizState::apply`); this module sends it events and
//! renders. Each step is rendered once when it is entered (so focus and radio selection stay
//! put while the person answers); inside it only the feedback, the Next button and the
//! screening hint change.

use gloo_timers::callback::{Interval, Timeout};

use super::dom::{set_flag, Dom, Scope};
use super::html::Html;
use super::player;
use super::result;
use super::store::{Store, WidgetState};
use crate::content::{fill, Text};
use crate::embed::config::Config;
use crate::embed::events::emit;
use crate::embed::persist;
use crate::model::circuit::{AGE_LIMITS, WEEKLY_KM_LIMITS};
use crate::model::quiz::{
    Answer, Kind, Outcome, QuestionId, QuizEvent, QuizState, Step, QUESTIONS, QUESTION_COUNT,
};
use crate::model::session::Session;
use crate::model::share;
use crate::model::triage::RedFlag;

/// The quiz's part of a new widget's state: a result from the link, else saved progress,
/// else the beginning; whether answers are being remembered; and a notice when something
/// could not be read.
pub fn initial(text: &Text, config: &Config) -> (QuizState, bool, Option<&'static str>) {
    if let Some(code) = persist::fragment_code(&config.key) {
        return match share::decode(&code) {
            Ok(state) => (state, false, None),
            Err(_) => (QuizState::default(), false, Some(text.ui.share_error)),
        };
    }
    if !config.offer_remember {
        return (QuizState::default(), false, None);
    }
    match persist::load(&config.key) {
        Ok(Some(saved)) => match share::decode_saved(&saved) {
            Ok(state) => (state, true, None),
            Err(_) => {
                let _ = persist::forget(&config.key);
                (QuizState::default(), false, Some(text.ui.storage_corrupt))
            }
        },
        Ok(None) | Err(_) => (QuizState::default(), false, None),
    }
}

/// Emits `soleus:quiz-complete` and `soleus:triage` for a finished quiz.
fn report_outcome(key: &str, state: &QuizState) {
    use crate::model::quiz::Outcome;
    use crate::model::triage::{Triage, Urgency};
    match state.outcome() {
        Some(Outcome::Circuit(recommendation)) => {
            let level = level_tag(recommendation.level);
            emit(
                key,
                "quiz-complete",
                &[("outcome", "circuit"), ("level", level)],
            );
            emit(key, "triage", &[("outcome", "clear")]);
        }
        Some(Outcome::SeekCare(Triage::SeekCare { urgency, .. })) => {
            let urgency = match urgency {
                Urgency::Soon => "soon",
                Urgency::SameDay => "same-day",
                Urgency::Emergency => "emergency",
            };
            emit(key, "quiz-complete", &[("outcome", "seek-care")]);
            emit(
                key,
                "triage",
                &[("outcome", "seek-care"), ("urgency", urgency)],
            );
        }
        _ => {}
    }
}

/// The level's name in events: stable and not translated.
pub fn level_tag(level: crate::model::circuit::Level) -> &'static str {
    use crate::model::circuit::Level;
    match level {
        Level::Foundation => "foundation",
        Level::Build => "build",
        Level::Performance => "performance",
    }
}

fn dispatch(store: Store, event: QuizEvent) {
    store.update(|s| s.quiz = s.quiz.apply(event));
}

fn stop_test(store: Store) {
    store.resources(|r| r.metronome = None);
    store.update(|s| s.testing = false);
}

/// Handles a click, change or input on an element with `data-action`; actions that are not
/// the quiz's are ignored.
pub fn act(store: Store, scope: &Scope, action: &str, value: &str, checked: bool) {
    let (text, config) = (scope.text, &scope.config);
    match action {
        "sol-answer" => {
            if let Ok(i) = value.parse::<u8>() {
                dispatch(store, QuizEvent::Choose(i));
            }
        }
        "sol-flag" => {
            if let Some(flag) = value
                .parse::<usize>()
                .ok()
                .and_then(|i| RedFlag::ALL.get(i))
            {
                dispatch(store, QuizEvent::ToggleFlag(*flag));
            }
        }
        "count" => {
            if let Ok(count) = value.trim().parse::<u16>() {
                dispatch(store, QuizEvent::SetCount(count));
            }
        }
        "quiz-back" => dispatch(store, QuizEvent::Back),
        "quiz-skip" => dispatch(store, QuizEvent::Skip),
        "quiz-next" => dispatch(store, QuizEvent::Next),
        "quiz-restart" => dispatch(store, QuizEvent::Restart),
        "see-result" => dispatch(store, QuizEvent::ConfirmScreening),
        "show-me" => store.update(|s| {
            if let Step::Question(n) = s.quiz.step {
                if let Kind::Knowledge {
                    show_me: Some(target),
                    ..
                } = QUESTIONS[usize::from(n)].kind
                {
                    s.knee_degrees = target.knee_degrees;
                    s.selected = Some(target.muscle);
                }
            }
        }),
        "selftest-start" => {
            store.update(|s| {
                s.counted = 0;
                s.testing = true;
            });
            // 60 beats per minute: the light is on for the first half of every second.
            let metronome = Interval::new(500, move || store.update(|s| s.beat = !s.beat));
            store.resources(|r| r.metronome = Some(metronome));
        }
        "selftest-tap" => store.update(|s| s.counted = s.counted.saturating_add(1)),
        "selftest-done" => {
            let counted = store.read(|s| s.counted);
            dispatch(store, QuizEvent::SetCount(counted));
            stop_test(store);
        }
        "selftest-cancel" => stop_test(store),
        "remember" => {
            store.update(|s| s.remember = checked);
            if !checked {
                let _ = persist::forget(&config.key);
                store.update(|s| s.notice = Some(text.ui.remember_forgotten));
            }
        }
        "circuit-start" => {
            if let Some(Outcome::Circuit(recommendation)) = store.read(|s| s.quiz.outcome()) {
                emit(
                    &config.key,
                    "circuit-started",
                    &[("level", level_tag(recommendation.level))],
                );
                player::open(store, recommendation);
            }
        }
        "copy-link" => copy_link(store, scope),
        "player-back" => player::back(store),
        "player-pause" => player::toggle_pause(store),
        "player-skip" => player::skip(store),
        "player-repeat" => player::repeat(store),
        "player-exit" => player::close(store),
        "sound" => player::set_sound(store, checked),
        _ => {}
    }
}

/// Puts a link to this result in the address bar and on the clipboard, and shows it.
fn copy_link(store: Store, scope: &Scope) {
    let code = store.read(|s| share::encode(&s.quiz));
    if let Some(url) = code.and_then(|code| persist::link_with_code(&scope.config.key, &code)) {
        persist::show_in_address_bar(&url);
        persist::copy_to_clipboard(&url);
        let mut html = Html::new();
        result::render_link(&mut html, scope.text, &url);
        scope.dom.set_html(".sol-link-slot", &html.finish());
    }
}

/// The values that fill an option label's `{low}`, `{high}` and `{over}`.
fn option_label(question: QuestionId, label: &'static str) -> String {
    let (low, high, over) = match question {
        QuestionId::WeeklyDistance => (WEEKLY_KM_LIMITS.0, WEEKLY_KM_LIMITS.1, WEEKLY_KM_LIMITS.1),
        QuestionId::AgeBand => (AGE_LIMITS.0, AGE_LIMITS.1 - 1, AGE_LIMITS.1),
        _ => return label.to_string(),
    };
    fill(
        label,
        &[
            ("low", &low.to_string()),
            ("high", &high.to_string()),
            ("over", &over.to_string()),
        ],
    )
}

/// The quiz section: heading, notice, the current step and the remember switch.
pub fn render(html: &mut Html, text: &'static Text, config: &Config, state: &WidgetState) {
    let ui = &text.ui;
    let notice = state.notice.unwrap_or_default();
    html.open_with(
        "section",
        &[("class", "sol-quiz"), ("aria-labelledby", "sol-quiz-title")],
    )
    .open_with(
        "h3",
        &[("class", "sol-quiz__title"), ("id", "sol-quiz-title")],
    )
    .text(ui.quiz_heading)
    .close("h3")
    .element("p", "sol-quiz__intro", ui.quiz_intro)
    .open_with("p", &[("class", "sol-quiz__notice"), ("role", "status")])
    .text(notice)
    .close("p")
    .open_with("div", &[("class", "sol-quiz__step"), ("tabindex", "-1")]);
    render_step(html, text, config, state);
    html.close("div");
    if config.offer_remember {
        html.switch(
            "sol-quiz__remember",
            "remember",
            state.remember,
            ui.remember,
        );
    }
    html.close("section");
}

/// The current step: a question, the screening, the result, or the player once started.
fn render_step(html: &mut Html, text: &'static Text, config: &Config, state: &WidgetState) {
    if let Some(session) = &state.session {
        player::render(html, text, session.is_finished());
        return;
    }
    let quiz = &state.quiz;
    match quiz.step {
        Step::Question(n) => render_question(html, text, quiz, usize::from(n)),
        Step::Screening => render_screening(html, text, quiz),
        Step::Result => {
            result::render(html, text, config, quiz);
            html.open("div", "sol-actions")
                .button("sol-button", "quiz-back", text.ui.back)
                .button("sol-button", "quiz-restart", text.ui.restart)
                .close("div");
        }
    }
}

/// One question: a native radio group (or a number and the self-test), a place for its
/// feedback, and the navigation.
fn render_question(html: &mut Html, text: &Text, state: &QuizState, n: usize) {
    let ui = &text.ui;
    let question = &QUESTIONS[n];
    let words = &text.questions[n];
    let progress = fill(
        ui.quiz_progress_template,
        &[
            ("current", &(n + 1).to_string()),
            ("total", &QUESTION_COUNT.to_string()),
        ],
    );
    html.open("fieldset", "sol-question")
        .open("legend", "sol-question__prompt")
        .element("span", "sol-question__progress", &progress)
        .text(words.prompt)
        .close("legend");
    if !words.hint.is_empty() {
        html.element("p", "sol-question__hint", words.hint);
    }
    match question.kind {
        Kind::Count { max } => render_count(html, text, state.answers[n], max),
        _ => {
            let chosen = match state.answers[n] {
                Some(Answer::Choice(i)) => Some(usize::from(i)),
                _ => None,
            };
            html.open("div", "sol-options");
            for (i, label) in words.options.iter().enumerate() {
                html.choice(
                    "radio",
                    "sol-answer",
                    i,
                    chosen == Some(i),
                    &option_label(question.id, label),
                );
            }
            html.close("div");
        }
    }
    html.close("fieldset")
        .open_with("div", &[("class", "sol-feedback-slot"), ("role", "status")])
        .close("div")
        .open("div", "sol-actions");
    if n > 0 {
        html.button("sol-button", "quiz-back", ui.back);
    }
    if question.skippable {
        html.button("sol-button", "quiz-skip", ui.skip);
    }
    html.button(
        "sol-button sol-button--primary sol-next",
        "quiz-next",
        ui.next,
    )
    .close("div");
}

/// The heel-raise count: a number field, and the guided self-test.
fn render_count(html: &mut Html, text: &Text, answer: Option<Answer>, max: u8) {
    let value = match answer {
        Some(Answer::Count(count)) => count.to_string(),
        _ => String::new(),
    };
    html.open("label", "sol-count")
        .element("span", "", text.ui.count_label)
        .open_with(
            "input",
            &[
                ("class", "sol-count__input"),
                ("type", "number"),
                ("inputmode", "numeric"),
                ("min", "0"),
                ("max", &max.to_string()),
                ("value", &value),
                ("data-action", "count"),
            ],
        )
        .close("label")
        .open("div", "sol-selftest-slot");
    render_selftest(html, text, false);
    html.close("div");
}

/// The self-test's start button, or the running test: a visual 60 bpm metronome, a big
/// count button (Space presses it, as for any focused button) and the count so far.
fn render_selftest(html: &mut Html, text: &Text, testing: bool) {
    let ui = &text.ui;
    if !testing {
        html.button("sol-button", "selftest-start", ui.count_start);
        return;
    }
    html.open("div", "sol-selftest")
        .element("p", "", ui.metronome)
        .open_with(
            "span",
            &[("class", "sol-metronome"), ("aria-hidden", "true")],
        )
        .close("span")
        .button("sol-button sol-button--big", "selftest-tap", ui.count_tap)
        .open_with(
            "p",
            &[("class", "sol-selftest__count"), ("aria-live", "polite")],
        )
        .close("p")
        .open("div", "sol-actions")
        .button(
            "sol-button sol-button--primary",
            "selftest-done",
            ui.count_done,
        )
        .button("sol-button", "selftest-cancel", ui.count_cancel)
        .close("div")
        .close("div");
}

/// The red-flag screening: always between the questions and any result.
fn render_screening(html: &mut Html, text: &Text, state: &QuizState) {
    let ui = &text.ui;
    html.open("fieldset", "sol-question sol-screening")
        .element("legend", "sol-question__prompt", ui.screening_heading)
        .element("p", "", ui.screening_intro)
        .open("div", "sol-options");
    for (i, (flag, words)) in RedFlag::ALL.iter().zip(&text.red_flags).enumerate() {
        html.choice(
            "checkbox",
            "sol-flag",
            i,
            state.flags.contains(*flag),
            words.question,
        );
    }
    html.close("div")
        .open("p", "sol-question__hint sol-screening__hint")
        .close("p")
        .close("fieldset")
        .open("div", "sol-actions")
        .button("sol-button", "quiz-back", ui.back)
        .button(
            "sol-button sol-button--primary",
            "see-result",
            ui.see_result,
        )
        .close("div");
}

/// The feedback on a knowledge answer, with a link into the diagram where it helps.
fn render_feedback(html: &mut Html, text: &Text, n: usize, chosen: u8) {
    let Kind::Knowledge {
        correct, show_me, ..
    } = QUESTIONS[n].kind
    else {
        return;
    };
    let right = chosen == correct;
    let class = if right {
        "sol-feedback sol-feedback--right"
    } else {
        "sol-feedback"
    };
    html.open("div", class)
        .element(
            "strong",
            "",
            if right {
                text.ui.answer_right
            } else {
                text.ui.answer_wrong
            },
        )
        .text(" ")
        .text(
            text.questions[n]
                .feedback
                .get(usize::from(chosen))
                .copied()
                .unwrap_or_default(),
        );
    if show_me.is_some() {
        html.text(" ")
            .button("sol-button sol-button--link", "show-me", text.ui.show_me);
    }
    html.close("div");
}

/// Brings the current step's moving parts up to date with the answers: the feedback, the
/// Next button, the count field and the screening hint.
fn update_step(dom: &Dom, text: &Text, state: &QuizState) {
    match state.step {
        Step::Question(n) => {
            let n = usize::from(n);
            let answer = state.answers[n];
            if let Some(next) = dom.find(".sol-next") {
                set_flag(&next, "disabled", answer.is_none());
            }
            // The feedback is redrawn only when the answer changes, so a screen reader
            // hears it once.
            let shown = match answer {
                Some(Answer::Choice(i)) => i.to_string(),
                _ => String::new(),
            };
            if let Some(slot) = dom.find(".sol-feedback-slot") {
                if slot.get_attribute("data-answer").as_deref() != Some(shown.as_str()) {
                    let mut html = Html::new();
                    if let Some(Answer::Choice(i)) = answer {
                        render_feedback(&mut html, text, n, i);
                    }
                    slot.set_inner_html(&html.finish());
                    let _ = slot.set_attribute("data-answer", &shown);
                }
            }
            if let Some(Answer::Count(count)) = answer {
                dom.set_value(".sol-count__input", &count.to_string());
            }
        }
        Step::Screening => dom.set_text(
            ".sol-screening__hint",
            if state.flags.is_empty() {
                text.ui.screening_none
            } else {
                ""
            },
        ),
        Step::Result => {}
    }
}

/// Fills in what the answers decide, for a circuit schedules its plan one task later, and
/// shows the player's phase: everything that follows a drawing of the step area.
pub fn after_render(scope: &Scope, store: Store, state: &WidgetState) {
    update_step(&scope.dom, scope.text, &state.quiz);
    let plan = match state.quiz.outcome() {
        Some(Outcome::Circuit(recommendation))
            if state.quiz.step == Step::Result && state.session.is_none() =>
        {
            let (dom, text) = (scope.dom.clone(), scope.text);
            Some(Timeout::new(0, move || {
                let mut html = Html::new();
                result::render_plan(&mut html, text, &recommendation);
                dom.set_html(".sol-plan-slot", &html.finish());
            }))
        }
        _ => None,
    };
    store.resources(|r| r.plan = plan);
    if let (Some(session), Some(plan)) = (&state.session, &state.plan) {
        player::update(&scope.dom, scope.text, session, plan);
    }
}

/// Brings the quiz on screen from `before` to `now`: a new step (or the player opening or
/// closing) redraws the step area and moves focus to it, so keyboard and screen-reader
/// users follow along; otherwise only what changed inside the step is updated. Also saves
/// opted-in progress and tells the host page how the quiz ended.
pub fn sync(scope: &Scope, store: Store, before: &WidgetState, now: &WidgetState) {
    let dom = &scope.dom;
    let text = scope.text;
    let step_changed =
        before.quiz.step != now.quiz.step || before.session.is_some() != now.session.is_some();
    if step_changed {
        if now.testing {
            stop_test(store);
        }
        let mut html = Html::new();
        render_step(&mut html, text, &scope.config, now);
        dom.set_html(".sol-quiz__step", &html.finish());
        after_render(scope, store, now);
        dom.focus(if now.session.is_some() {
            ".sol-player"
        } else {
            ".sol-quiz__step"
        });
    } else if before.quiz != now.quiz {
        update_step(dom, text, &now.quiz);
    }

    if before.notice != now.notice {
        dom.set_text(".sol-quiz__notice", now.notice.unwrap_or_default());
    }
    // Tell the host page how the quiz ended: outcomes and levels only, never answers.
    if now.quiz.step == Step::Result && before.quiz.step != Step::Result {
        report_outcome(&scope.config.key, &now.quiz);
    }

    // The self-test: its panel, its count and the metronome's light.
    if before.testing != now.testing && !step_changed {
        let mut html = Html::new();
        render_selftest(&mut html, text, now.testing);
        dom.set_html(".sol-selftest-slot", &html.finish());
        dom.focus(if now.testing {
            ".sol-button--big"
        } else {
            ".sol-count__input"
        });
    }
    if before.counted != now.counted || before.testing != now.testing {
        let counted = now.counted.to_string();
        dom.set_text(
            ".sol-selftest__count",
            &fill(text.ui.counted_template, &[("count", &counted)]),
        );
    }
    if before.beat != now.beat {
        dom.set_class(".sol-metronome", "is-on", now.beat);
    }

    // The player: its display every tick, and its finish.
    if let (Some(session), Some(plan)) = (&now.session, &now.plan) {
        let was_finished = before.session.as_ref().map(Session::is_finished);
        let finished = session.is_finished();
        if !step_changed && was_finished != Some(finished) {
            let mut html = Html::new();
            player::render_body(&mut html, text, finished);
            dom.set_html(".sol-player__body", &html.finish());
        }
        if finished && was_finished == Some(false) {
            store.resources(|r| r.player = None);
            emit(
                &scope.config.key,
                "circuit-finished",
                &[("level", level_tag(plan.level))],
            );
        }
        if !finished && before.session != now.session {
            player::update(dom, text, session, plan);
        }
    }

    // Opted-in progress is saved after every change; a refusal turns the option off. Last,
    // because turning it off redraws from this state onwards.
    if before.quiz != now.quiz || before.remember != now.remember {
        dom.set_checked(".sol-quiz__remember input", now.remember);
        if now.remember {
            let saved = share::encode_saved(&now.quiz)
                .ok_or(persist::PersistError::Unavailable)
                .and_then(|code| persist::save(&scope.config.key, &code));
            if saved.is_err() {
                store.update(|s| {
                    s.remember = false;
                    s.notice = Some(text.ui.storage_unavailable);
                });
            }
        }
    }
}
