//! The quiz on screen: one question at a time, the red-flag screening, the result and the
//! guided player.
//!
//! All decisions are the model's (`QuizState::apply`); this module sends it events and
//! renders. Each step is rendered once when it is entered (so focus and radio selection stay
//! put while the person answers); inside it only the feedback, the Next button and the
//! screening hint change.

use gloo_timers::callback::{Interval, Timeout};
use leptos::prelude::*;

use super::dom::{set_flag, Dom, Scope};
use super::html::Html;
use super::player::{self, Player};
use super::result;
use crate::content::{fill, Text};
use crate::embed::config::Config;
use crate::embed::events::emit;
use crate::embed::persist;
use crate::model::circuit::{AGE_LIMITS, WEEKLY_KM_LIMITS};
use crate::model::quiz::{
    Answer, Kind, Outcome, QuestionId, QuizEvent, QuizState, ShowMe, Step, QUESTIONS,
    QUESTION_COUNT,
};
use crate::model::share;
use crate::model::triage::RedFlag;

/// Where the quiz starts: a result from the link, else saved progress, else the beginning,
/// and a notice when something could not be read.
fn initial_state(text: &Text, config: &Config) -> (QuizState, bool, Option<&'static str>) {
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

/// The quiz's state, owned by the widget.
#[derive(Clone, Copy)]
pub struct Quiz {
    /// The answers and the current step.
    pub state: RwSignal<QuizState>,
    /// Whether the person asked to keep their answers on this device.
    remember: RwSignal<bool>,
    /// A message about a link or saved answers that could not be used.
    notice: RwSignal<Option<&'static str>>,
    /// The guided player, open once the circuit has been started.
    pub player: Player,
    /// The heel-raise self-test: whether it runs, how many raises were counted, and the
    /// metronome's light.
    testing: RwSignal<bool>,
    counted: RwSignal<u16>,
    beat: RwSignal<bool>,
    metronome: StoredValue<Option<Interval>, LocalStorage>,
    /// Draws the result's plan one task after its summary.
    deferred_plan: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Quiz {
    /// The quiz for `config`, starting where a shared link or saved answers say.
    pub fn new(text: &'static Text, config: &Config) -> Quiz {
        let (start, remembered, start_notice) = initial_state(text, config);
        Quiz {
            state: RwSignal::new(start),
            remember: RwSignal::new(remembered),
            notice: RwSignal::new(start_notice),
            player: Player::new(),
            testing: RwSignal::new(false),
            counted: RwSignal::new(0),
            beat: RwSignal::new(false),
            metronome: StoredValue::new_local(None),
            deferred_plan: StoredValue::new_local(None),
        }
    }

    fn dispatch(self, event: QuizEvent) {
        self.state.update(|s| *s = s.apply(event));
    }

    /// Handles a click, change or input on an element with `data-action`. Returns `false`
    /// when the action is not the quiz's.
    pub fn act(
        self,
        scope: &Scope,
        action: &str,
        value: &str,
        checked: bool,
        show_me: impl Fn(ShowMe),
    ) -> bool {
        let (text, config) = (scope.text, &scope.config);
        match action {
            "sol-answer" => {
                if let Ok(i) = value.parse::<u8>() {
                    self.dispatch(QuizEvent::Choose(i));
                }
            }
            "sol-flag" => {
                if let Some(flag) = value
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| RedFlag::ALL.get(i))
                {
                    self.dispatch(QuizEvent::ToggleFlag(*flag));
                }
            }
            "count" => {
                if let Ok(count) = value.trim().parse::<u16>() {
                    self.dispatch(QuizEvent::SetCount(count));
                }
            }
            "quiz-back" => self.dispatch(QuizEvent::Back),
            "quiz-skip" => self.dispatch(QuizEvent::Skip),
            "quiz-next" => self.dispatch(QuizEvent::Next),
            "quiz-restart" => self.dispatch(QuizEvent::Restart),
            "see-result" => self.dispatch(QuizEvent::ConfirmScreening),
            "show-me" => {
                if let Step::Question(n) = self.state.with_untracked(|s| s.step) {
                    if let Kind::Knowledge {
                        show_me: Some(target),
                        ..
                    } = QUESTIONS[usize::from(n)].kind
                    {
                        show_me(target);
                    }
                }
            }
            "selftest-start" => {
                self.counted.set(0);
                self.testing.set(true);
                // 60 beats per minute: the light is on for the first half of every second.
                let beat = self.beat;
                self.metronome
                    .set_value(Some(Interval::new(500, move || beat.update(|b| *b = !*b))));
            }
            "selftest-tap" => self.counted.update(|c| *c = c.saturating_add(1)),
            "selftest-done" => {
                self.dispatch(QuizEvent::SetCount(self.counted.get_untracked()));
                self.stop_test();
            }
            "selftest-cancel" => self.stop_test(),
            "remember" => {
                self.remember.set(checked);
                if !checked {
                    let _ = persist::forget(&config.key);
                    self.notice.set(Some(text.ui.remember_forgotten));
                }
            }
            "circuit-start" => {
                if let Some(Outcome::Circuit(recommendation)) =
                    self.state.with_untracked(QuizState::outcome)
                {
                    emit(
                        &config.key,
                        "circuit-started",
                        &[("level", level_tag(recommendation.level))],
                    );
                    self.player.open(recommendation);
                }
            }
            "copy-link" => self.copy_link(scope),
            "player-back" => self.player.back(),
            "player-pause" => self.player.toggle_pause(),
            "player-skip" => self.player.skip(),
            "player-repeat" => self.player.repeat(),
            "player-exit" => self.player.close(),
            "sound" => self.player.set_sound(checked),
            _ => return false,
        }
        true
    }

    fn stop_test(self) {
        self.testing.set(false);
        self.metronome.set_value(None);
    }

    /// Puts a link to this result in the address bar and on the clipboard, and shows it.
    fn copy_link(self, scope: &Scope) {
        let code = self.state.with_untracked(share::encode);
        if let Some(url) = code.and_then(|code| persist::link_with_code(&scope.config.key, &code)) {
            persist::show_in_address_bar(&url);
            persist::copy_to_clipboard(&url);
            let mut html = Html::new();
            result::render_link(&mut html, scope.text, &url);
            scope.dom.set_html(".sol-link-slot", &html.finish());
        }
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
pub fn render(html: &mut Html, text: &'static Text, config: &Config, quiz: Quiz) {
    let ui = &text.ui;
    let notice = quiz.notice.get_untracked().unwrap_or_default();
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
    render_step(html, text, config, quiz);
    html.close("div");
    if config.offer_remember {
        let mut attributes = vec![
            ("type", "checkbox"),
            ("class", "sol-switch__input"),
            ("data-action", "remember"),
        ];
        if quiz.remember.get_untracked() {
            attributes.push(("checked", ""));
        }
        html.open("label", "sol-switch sol-quiz__remember")
            .open_with("input", &attributes)
            .element("span", "", ui.remember)
            .close("label");
    }
    html.close("section");
}

/// The current step: a question, the screening, the result, or the player once started.
fn render_step(html: &mut Html, text: &'static Text, config: &Config, quiz: Quiz) {
    if let Some(finished) = quiz
        .player
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.is_finished()))
    {
        player::render(html, text, finished);
        return;
    }
    quiz.state.with_untracked(|state| match state.step {
        Step::Question(n) => render_question(html, text, state, usize::from(n)),
        Step::Screening => render_screening(html, text, state),
        Step::Result => {
            result::render(html, text, config, state);
            html.open("div", "sol-actions")
                .button("sol-button", "quiz-back", text.ui.back)
                .button("sol-button", "quiz-restart", text.ui.restart)
                .close("div");
        }
    });
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

/// Redraws the step area for the current step (after the step changed, or the player
/// opened or closed), then fills in what the answers decide and, for a circuit, schedules
/// its plan.
fn show_step(scope: &Scope, quiz: Quiz) {
    let mut html = Html::new();
    render_step(&mut html, scope.text, &scope.config, quiz);
    scope.dom.set_html(".sol-quiz__step", &html.finish());
    after_render(scope, quiz);
}

/// What follows every drawing of the step area, including the first.
pub fn after_render(scope: &Scope, quiz: Quiz) {
    quiz.state
        .with_untracked(|state| update_step(&scope.dom, scope.text, state));
    quiz.deferred_plan.set_value(None);
    let playing = quiz.player.session.with_untracked(Option::is_some);
    let plan = quiz.state.with_untracked(|state| match state.outcome() {
        Some(Outcome::Circuit(recommendation)) if state.step == Step::Result && !playing => {
            Some(recommendation)
        }
        _ => None,
    });
    if let Some(recommendation) = plan {
        let (dom, text) = (scope.dom.clone(), scope.text);
        quiz.deferred_plan.set_value(Some(Timeout::new(0, move || {
            let mut html = Html::new();
            result::render_plan(&mut html, text, &recommendation);
            dom.set_html(".sol-plan-slot", &html.finish());
        })));
    }
    let _ = quiz.player.session.with_untracked(|session| {
        session.as_ref().map(|session| {
            if let Some(plan) = quiz.player.plan() {
                player::update(&scope.dom, scope.text, session, &plan);
            }
        })
    });
}

/// Keeps the quiz on screen in step with its state, saves opted-in progress and tells the
/// host page how it ended.
pub fn bind(scope: std::rc::Rc<Scope>, quiz: Quiz) {
    // A new step (or the player opening or closing) redraws the step area and moves focus
    // to it, so keyboard and screen-reader users follow along.
    let view = scope.clone();
    Effect::new(move |previous: Option<(Step, bool)>| {
        let now = (
            quiz.state.with(|s| s.step),
            quiz.player.session.with(Option::is_some),
        );
        if previous.is_some_and(|p| p != now) {
            quiz.stop_test();
            show_step(&view, quiz);
            view.dom.focus(if now.1 {
                ".sol-player"
            } else {
                ".sol-quiz__step"
            });
        }
        now
    });

    let view = scope.clone();
    Effect::new(move |_| {
        quiz.state
            .with(|state| update_step(&view.dom, view.text, state))
    });

    // Opted-in progress is saved after every change; a refusal turns the option off.
    let view = scope.clone();
    Effect::new(move |_| {
        let current = quiz.state.get();
        if quiz.remember.get() {
            let saved = share::encode_saved(&current)
                .ok_or(persist::PersistError::Unavailable)
                .and_then(|code| persist::save(&view.config.key, &code));
            if saved.is_err() {
                quiz.remember.set(false);
                quiz.notice.set(Some(view.text.ui.storage_unavailable));
            }
        }
        view.dom
            .set_checked(".sol-quiz__remember input", quiz.remember.get());
    });

    let view = scope.clone();
    Effect::new(move |_| {
        view.dom
            .set_text(".sol-quiz__notice", quiz.notice.get().unwrap_or_default())
    });

    // Tell the host page how the quiz ended: outcomes and levels only, never answers.
    let view = scope.clone();
    Effect::new(move |previous: Option<Step>| {
        let now = quiz.state.with(|s| s.step);
        if now == Step::Result && previous.is_some_and(|p| p != Step::Result) {
            quiz.state
                .with_untracked(|state| report_outcome(&view.config.key, state));
        }
        now
    });

    // The self-test: its panel, its count and the metronome's light.
    let view = scope.clone();
    Effect::new(move |previous: Option<bool>| {
        let testing = quiz.testing.get();
        if previous.is_some_and(|p| p != testing) {
            let mut html = Html::new();
            render_selftest(&mut html, view.text, testing);
            view.dom.set_html(".sol-selftest-slot", &html.finish());
            view.dom.focus(if testing {
                ".sol-button--big"
            } else {
                ".sol-count__input"
            });
        }
        testing
    });
    let view = scope.clone();
    Effect::new(move |_| {
        let counted = quiz.counted.get().to_string();
        view.dom.set_text(
            ".sol-selftest__count",
            &fill(view.text.ui.counted_template, &[("count", &counted)]),
        );
    });
    let view = scope.clone();
    Effect::new(move |_| {
        view.dom
            .set_class(".sol-metronome", "is-on", quiz.beat.get())
    });

    // The player: its display every tick, and its finish.
    let view = scope;
    Effect::new(move |was_finished: Option<bool>| {
        let finished = quiz.player.session.with(|session| {
            let session = session.as_ref()?;
            let plan = quiz.player.plan()?;
            player::update(&view.dom, view.text, session, &plan);
            Some(session.is_finished())
        });
        let finished = finished.unwrap_or(false);
        if was_finished.is_some_and(|was| was != finished) {
            let mut html = Html::new();
            player::render_body(&mut html, view.text, finished);
            view.dom.set_html(".sol-player__body", &html.finish());
            if finished {
                if let Some(plan) = quiz.player.plan() {
                    emit(
                        &view.config.key,
                        "circuit-finished",
                        &[("level", level_tag(plan.level))],
                    );
                }
            } else {
                after_render(&view, quiz);
            }
        }
        finished
    });
}
