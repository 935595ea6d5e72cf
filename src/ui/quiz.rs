//! The quiz on screen: one question at a time, the red-flag screening, and the result.
//!
//! All decisions are the model's (`QuizState::apply`); this component sends events and
//! renders. Each step is rendered once when it is entered (so focus and radio selection stay
//! put while the person answers), with only answers and feedback updating inside it.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::html::Html;
use super::player::Player;
use super::result::ResultView;
use super::Words;
use crate::content::fill;
use crate::embed::config::Config;
use crate::embed::events::emit;
use crate::embed::persist;
use crate::model::circuit::{AGE_LIMITS, WEEKLY_KM_LIMITS};
use crate::model::quiz::{
    Answer, Kind, QuestionId, QuizEvent, QuizState, ShowMe, Step, QUESTIONS, QUESTION_COUNT,
};
use crate::model::share;
use crate::model::triage::RedFlag;

/// Where the quiz starts: a result from the link, else saved progress, else the beginning,
/// and a notice when something could not be read.
fn initial_state(config: &Config) -> (QuizState, bool, Option<&'static str>) {
    let text = Words::get();
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

/// The quiz section of one widget.
#[component]
pub fn Quiz(
    /// The widget's configuration (storage key, clinic, emergency number).
    config: Config,
    /// Sets the diagram to illustrate a knowledge answer.
    on_show_me: Callback<ShowMe>,
) -> impl IntoView {
    let text = Words::get();
    let (start, remembered, start_notice) = initial_state(&config);
    let state = RwSignal::new(start);
    let remember = RwSignal::new(remembered);
    let notice = RwSignal::new(start_notice);
    let playing = RwSignal::new(false);
    let key = StoredValue::new(config.key.clone());
    let offer_remember = config.offer_remember;
    let dispatch = move |event: QuizEvent| state.update(|s| *s = s.apply(event));
    let step = Memo::new(move |_| state.with(|s| s.step));

    // Opted-in progress is saved after every change; a refusal turns the option off.
    Effect::new(move |_| {
        let current = state.get();
        if remember.get() {
            let saved = share::encode_saved(&current)
                .ok_or(persist::PersistError::Unavailable)
                .and_then(|code| persist::save(&key.get_value(), &code));
            if saved.is_err() {
                remember.set(false);
                notice.set(Some(text.ui.storage_unavailable));
            }
        }
    });
    let on_remember = move |event| {
        let on = event_target_checked(&event);
        remember.set(on);
        if !on {
            let _ = persist::forget(&key.get_value());
            notice.set(Some(text.ui.remember_forgotten));
        }
    };

    // Tell the host page how the quiz ended: outcomes and levels only, never answers.
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        if now == Step::Result && previous.is_some_and(|p| p != Step::Result) {
            report_outcome(&key.get_value(), &state.get_untracked());
        }
        now
    });

    // Move focus to the new step's heading so keyboard and screen-reader users follow along
    // (not on first render, which would scroll the host page).
    let heading = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            if let Some(element) = heading.get() {
                let _ = element.focus();
            }
        }
        now
    });

    let body = move || {
        match step.get() {
        Step::Question(n) => question_view(usize::from(n), state, dispatch, on_show_me).into_any(),
        Step::Screening => screening_view(state, dispatch).into_any(),
        Step::Result => view! {
            <ResultView state=state config=config.clone() on_start=move |_| playing.set(true)/>
            <div class="sol-actions">
                <button type="button" class="sol-button" on:click=move |_| dispatch(QuizEvent::Back)>
                    {text.ui.back}
                </button>
                <button type="button" class="sol-button" on:click=move |_| dispatch(QuizEvent::Restart)>
                    {text.ui.restart}
                </button>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <section class="sol-quiz" aria-labelledby="sol-quiz-title">
            <h3 class="sol-quiz__title" id="sol-quiz-title">{text.ui.quiz_heading}</h3>
            <p class="sol-quiz__intro">{text.ui.quiz_intro}</p>
            <p class="sol-quiz__notice" role="status">{move || notice.get().unwrap_or_default()}</p>
            <div class="sol-quiz__step" tabindex="-1" node_ref=heading>
                <Show
                    when=move || playing.get()
                    fallback=body
                >
                    {move || {
                        state
                            .with(|s| match s.outcome() {
                                Some(crate::model::quiz::Outcome::Circuit(r)) => Some(r),
                                _ => None,
                            })
                            .map(|recommendation| {
                                view! {
                                    <Player recommendation=recommendation widget_key=key.get_value() on_exit=move |_| playing.set(false)/>
                                }
                            })
                    }}
                </Show>
            </div>
            {offer_remember.then(|| view! {
                <label class="sol-switch sol-quiz__remember">
                    <input
                        type="checkbox"
                        class="sol-switch__input"
                        prop:checked=move || remember.get()
                        on:change=on_remember
                    />
                    <span>{text.ui.remember}</span>
                </label>
            })}
        </section>
    }
}

/// One question: a native radio group (or a number and the self-test), its feedback, and
/// the navigation.
fn question_view(
    n: usize,
    state: RwSignal<QuizState>,
    dispatch: impl Fn(QuizEvent) + Copy + Send + Sync + 'static,
    on_show_me: Callback<ShowMe>,
) -> impl IntoView {
    let text = Words::get();
    let question = &QUESTIONS[n];
    let words = &text.questions[n];
    let answer = move || state.with(|s| s.answers[n]);
    let progress = fill(
        text.ui.quiz_progress_template,
        &[
            ("current", &(n + 1).to_string()),
            ("total", &QUESTION_COUNT.to_string()),
        ],
    );
    let input = match question.kind {
        Kind::Count { max } => count_input(n, max, state, dispatch).into_any(),
        _ => {
            let chosen = state.with_untracked(|s| match s.answers[n] {
                Some(Answer::Choice(i)) => Some(usize::from(i)),
                _ => None,
            });
            let mut html = Html::new();
            for (i, label) in words.options.iter().enumerate() {
                html.choice(
                    "radio",
                    "sol-answer",
                    i,
                    chosen == Some(i),
                    &option_label(question.id, label),
                );
            }
            view! {
                <div
                    class="sol-options"
                    inner_html=html.finish()
                    on:change=move |event| {
                        if let Ok(i) = event_target_value(&event).parse::<u8>() {
                            dispatch(QuizEvent::Choose(i));
                        }
                    }
                ></div>
            }
            .into_any()
        }
    };
    let feedback = move || {
        let Kind::Knowledge {
            correct, show_me, ..
        } = question.kind
        else {
            return None;
        };
        let Some(Answer::Choice(chosen)) = answer() else {
            return None;
        };
        let right = chosen == correct;
        Some(view! {
            <div class="sol-feedback" class:sol-feedback--right=right role="status">
                <strong>{if right { text.ui.answer_right } else { text.ui.answer_wrong }}</strong>
                " "
                {words.feedback.get(usize::from(chosen)).copied().unwrap_or_default()}
                {show_me.map(|target| view! {
                    " "
                    <button type="button" class="sol-button sol-button--link" on:click=move |_| on_show_me.run(target)>
                        {text.ui.show_me}
                    </button>
                })}
            </div>
        })
    };

    view! {
        <fieldset class="sol-question">
            <legend class="sol-question__prompt">
                <span class="sol-question__progress">{progress}</span>
                {words.prompt}
            </legend>
            {(!words.hint.is_empty()).then(|| view! { <p class="sol-question__hint">{words.hint}</p> })}
            {input}
        </fieldset>
        {feedback}
        <div class="sol-actions">
            {(n > 0).then(|| view! {
                <button type="button" class="sol-button" on:click=move |_| dispatch(QuizEvent::Back)>
                    {text.ui.back}
                </button>
            })}
            {question.skippable.then(|| view! {
                <button type="button" class="sol-button" on:click=move |_| dispatch(QuizEvent::Skip)>
                    {text.ui.skip}
                </button>
            })}
            <button
                type="button"
                class="sol-button sol-button--primary"
                disabled=move || answer().is_none()
                on:click=move |_| dispatch(QuizEvent::Next)
            >
                {text.ui.next}
            </button>
        </div>
    }
}

/// The heel-raise count: a number field, and an optional guided test with a visual 60 bpm
/// metronome and a big count button (Space presses it, as for any focused button).
fn count_input(
    n: usize,
    max: u8,
    state: RwSignal<QuizState>,
    dispatch: impl Fn(QuizEvent) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let text = Words::get();
    let testing = RwSignal::new(false);
    let counted = RwSignal::new(0u16);
    let beat = RwSignal::new(false);
    let metronome = StoredValue::new_local(None::<Interval>);
    Effect::new(move |_| {
        if !testing.get() {
            metronome.set_value(None);
        }
    });
    let start_test = move |_| {
        counted.set(0);
        testing.set(true);
        // 60 beats per minute: the light is on for the first half of every second.
        metronome.set_value(Some(Interval::new(500, move || beat.update(|b| *b = !*b))));
    };
    let value = move || {
        state.with(|s| match s.answers[n] {
            Some(Answer::Count(count)) => count.to_string(),
            _ => String::new(),
        })
    };
    view! {
        <label class="sol-count">
            <span>{text.ui.count_label}</span>
            <input
                class="sol-count__input"
                type="number"
                inputmode="numeric"
                min="0"
                max=max
                prop:value=value
                on:input=move |event| {
                    if let Ok(count) = event_target_value(&event).trim().parse::<u16>() {
                        dispatch(QuizEvent::SetCount(count));
                    }
                }
            />
        </label>
        <Show
            when=move || testing.get()
            fallback=move || view! {
                <button type="button" class="sol-button" on:click=start_test>{text.ui.count_start}</button>
            }
        >
            <div class="sol-selftest">
                <p>{text.ui.metronome}</p>
                <span class="sol-metronome" class:is-on=move || beat.get() aria-hidden="true"></span>
                <button type="button" class="sol-button sol-button--big" on:click=move |_| counted.update(|c| *c += 1)>
                    {text.ui.count_tap}
                </button>
                <p class="sol-selftest__count" aria-live="polite">
                    {move || fill(text.ui.counted_template, &[("count", &counted.get().to_string())])}
                </p>
                <div class="sol-actions">
                    <button type="button" class="sol-button sol-button--primary" on:click=move |_| {
                        dispatch(QuizEvent::SetCount(counted.get_untracked()));
                        testing.set(false);
                    }>
                        {text.ui.count_done}
                    </button>
                    <button type="button" class="sol-button" on:click=move |_| testing.set(false)>
                        {text.ui.count_cancel}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The red-flag screening: always between the questions and any result.
fn screening_view(
    state: RwSignal<QuizState>,
    dispatch: impl Fn(QuizEvent) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let text = Words::get();
    let ticked = state.with_untracked(|s| s.flags);
    let mut html = Html::new();
    for (i, (flag, words)) in RedFlag::ALL.iter().zip(&text.red_flags).enumerate() {
        html.choice(
            "checkbox",
            "sol-flag",
            i,
            ticked.contains(*flag),
            words.question,
        );
    }
    view! {
        <fieldset class="sol-question sol-screening">
            <legend class="sol-question__prompt">{text.ui.screening_heading}</legend>
            <p>{text.ui.screening_intro}</p>
            <div
                class="sol-options"
                inner_html=html.finish()
                on:change=move |event| {
                    let flag = event_target_value(&event)
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| RedFlag::ALL.get(i).copied());
                    if let Some(flag) = flag {
                        dispatch(QuizEvent::ToggleFlag(flag));
                    }
                }
            ></div>
            <p class="sol-question__hint">
                {move || state.with(|s| s.flags.is_empty()).then_some(text.ui.screening_none)}
            </p>
        </fieldset>
        <div class="sol-actions">
            <button type="button" class="sol-button" on:click=move |_| dispatch(QuizEvent::Back)>
                {text.ui.back}
            </button>
            <button type="button" class="sol-button sol-button--primary" on:click=move |_| dispatch(QuizEvent::ConfirmScreening)>
                {text.ui.see_result}
            </button>
        </div>
    }
}
