//! One question: a native radio group (or the heel-raise count with its guided self-test),
//! the feedback on a knowledge answer, and the navigation.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::super::button::ActionButton;

use super::super::browser::{beep, close_sound, now_ms};
use super::super::instance::Instance;
use super::super::words::Words;
use crate::content::fill;
use crate::model::anatomy::SOLEUS_SLOW_TWITCH_PERCENT;
use crate::model::circuit::{
    AGE_LIMITS, SELF_TEST_BEATS_PER_MINUTE, SELF_TEST_INCLINE_DEGREES, WEEKLY_KM_LIMITS,
};
use crate::model::quiz::{
    Answer, Kind, QuestionId, QuizEvent, QuizState, ShowMe, QUESTIONS, QUESTION_COUNT,
};

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

/// Question `n` of the quiz.
#[component]
pub fn QuestionStep(
    /// The question's index in `QUESTIONS`.
    n: usize,
    /// The quiz state (read for the answer).
    state: RwSignal<QuizState>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
    /// Sets the diagram to illustrate a knowledge answer.
    on_show_me: Callback<ShowMe>,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let text = Words::get();
    let question = &QUESTIONS[n];
    let words = &Words::quiz().questions[n];
    let answer = Memo::new(move |_| state.with(|s| s.answers.get(n).copied().flatten()));
    let progress = fill(
        quiz_ui.quiz_progress_template,
        &[
            ("current", &(n + 1).to_string()),
            ("total", &QUESTION_COUNT.to_string()),
        ],
    );
    let hint = fill(
        words.hint,
        &[
            ("incline", &SELF_TEST_INCLINE_DEGREES.to_string()),
            ("bpm", &SELF_TEST_BEATS_PER_MINUTE.to_string()),
        ],
    );
    let input = match question.kind {
        Kind::Count { max } => {
            view! { <CountInput max=max answer=answer state=state dispatch=dispatch/> }.into_any()
        }
        _ => {
            let group = Instance::get().id("answer");
            let options = words
                .options
                .iter()
                .enumerate()
                .map(|(i, label)| {
                    view! {
                        <label class="sol-option">
                            <input
                                type="radio"
                                name=group.clone()
                                value=i
                                // A property, kept in step with the state: the browser
                                // never shows an answer the quiz does not hold.
                                prop:checked=move || answer.get() == Some(Answer::Choice(i as u8))
                                on:change=move |_| dispatch.run(QuizEvent::Choose(i as u8))
                            />
                            <span>{option_label(question.id, label)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! { <div class="sol-options">{options}</div> }.into_any()
        }
    };
    let feedback = move || {
        let Kind::Knowledge {
            correct, show_me, ..
        } = question.kind
        else {
            return None;
        };
        let Some(Answer::Choice(chosen)) = answer.get() else {
            return None;
        };
        let right = chosen == correct;
        Some(view! {
            <div class="sol-feedback" class:sol-feedback--right=right>
                <strong>{if right { quiz_ui.answer_right } else { quiz_ui.answer_wrong }}</strong>
                " "
                {fill(
                    words.feedback.get(usize::from(chosen)).copied().unwrap_or_default(),
                    &[("slow_twitch", &SOLEUS_SLOW_TWITCH_PERCENT.to_string())],
                )}
                {show_me.map(|target| view! {
                    " "
                    <ActionButton class="sol-button sol-button--link" label=quiz_ui.show_me on_click=move |()| on_show_me.run(target)/>
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
            {(!words.hint.is_empty()).then(|| view! { <p class="sol-question__hint">{hint}</p> })}
            {input}
        </fieldset>
        <div class="sol-feedback-slot" role="status">{feedback}</div>
        <div class="sol-actions">
            <ActionButton label=text.ui.back on_click=move |()| dispatch.run(QuizEvent::Back)/>
            {question.skippable.then(|| view! {
                <ActionButton label=text.ui.skip on_click=move |()| dispatch.run(QuizEvent::Skip)/>
            })}
            <button
                type="button"
                class="sol-button sol-button--primary sol-next"
                disabled=move || answer.get().is_none()
                on:click=move |_| dispatch.run(QuizEvent::Next)
            >
                {quiz_ui.next}
            </button>
        </div>
    }
}

/// The heel-raise count: a number field (emptying it clears the answer), whether the test was
/// on a flat floor, and the metronome test that counts for the person.
#[component]
fn CountInput(
    /// The most raises the field accepts.
    max: u8,
    /// The current answer.
    answer: Memo<Option<Answer>>,
    /// The quiz state (read for whether the test was done on a flat floor).
    state: RwSignal<QuizState>,
    /// Sends an event to the quiz reducer.
    dispatch: Callback<QuizEvent>,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let testing = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    let value = move || match answer.get() {
        Some(Answer::Count(count)) => count.to_string(),
        _ => String::new(),
    };
    let close = move || {
        testing.set(false);
        if let Some(field) = field.get_untracked() {
            let _ = field.focus();
        }
    };
    let on_done = Callback::new(move |counted: u16| {
        dispatch.run(QuizEvent::SetCount(counted));
        close();
    });
    let on_cancel = Callback::new(move |()| close());
    let flat_label = fill(
        quiz_ui.count_flat_template,
        &[("incline", &SELF_TEST_INCLINE_DEGREES.to_string())],
    );
    view! {
        <label class="sol-count">
            <span>{quiz_ui.count_label}</span>
            <input
                node_ref=field
                class="sol-count__input"
                type="number"
                inputmode="numeric"
                min="0"
                max=max
                prop:value=value
                on:input=move |event| {
                    // An emptied (or unreadable) field is no answer, never the old count.
                    dispatch.run(match event_target_value(&event).trim().parse::<u16>() {
                        Ok(count) => QuizEvent::SetCount(count),
                        Err(_) => QuizEvent::ClearCount,
                    });
                }
            />
        </label>
        <label class="sol-option sol-count__flat">
            <input
                type="checkbox"
                prop:checked=move || state.with(|s| s.flat_floor)
                on:change=move |event| dispatch.run(QuizEvent::SetFlatFloor(event_target_checked(&event)))
            />
            <span>{flat_label}</span>
        </label>
        <div class="sol-selftest-slot">
            {move || if testing.get() {
                view! { <SelfTest on_done=on_done on_cancel=on_cancel/> }.into_any()
            } else {
                view! {
                    <ActionButton label=quiz_ui.count_start on_click=move |()| testing.set(true)/>
                }
                .into_any()
            }}
        </div>
    }
}

/// The metronome test: it beats at the normed 60 per minute (a tone where the browser allows
/// it, and a light), says "up" and "down", and counts a heel raise every two beats by itself,
/// from the monotonic clock so a throttled tab still counts right. Nobody taps a phone while
/// balancing on one leg: the person stops it once at the end with the big button (which has
/// focus), Space or any other key (Escape cancels). Its clock and tone stop when it closes.
#[component]
fn SelfTest(
    /// Called with the count when the person stops the test.
    on_done: Callback<u16>,
    /// Called when the person leaves the test without a count.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let beat_ms = 60_000.0 / f64::from(SELF_TEST_BEATS_PER_MINUTE);
    let started = now_ms();
    // Beats so far, saturating: 255 beats are far more raises than the count accepts.
    let beats = RwSignal::new(0u8);
    let raises = move || u16::from(beats.get_untracked() / 2);
    // Created here, inside the click that opened the test, as browsers require for sound.
    let sound = StoredValue::new_local(web_sys::AudioContext::new().ok());
    let ticker = Interval::new(50, move || {
        let beat = ((now_ms() - started) / beat_ms).clamp(0.0, 255.0) as u8;
        if beat != beats.get_untracked() {
            beats.set(beat);
            sound.with_value(|context| {
                if let Some(context) = context {
                    beep(context, if beat.is_multiple_of(2) { 880.0 } else { 587.0 });
                }
            });
        }
    });
    StoredValue::new_local(ticker);
    on_cleanup(move || sound.update_value(|context| close_sound(context.take())));
    // A key and the click it becomes must not report twice.
    let finished = RwSignal::new(false);
    let finish = move |count: Option<u16>| {
        if !finished.get_untracked() {
            finished.set(true);
            match count {
                Some(count) => on_done.run(count),
                None => on_cancel.run(()),
            }
        }
    };
    let on_key = move |event: web_sys::KeyboardEvent| match event.key().as_str() {
        "Tab" | "Shift" | "Control" | "Alt" | "Meta" => {}
        "Escape" => finish(None),
        _ => {
            event.prevent_default();
            finish(Some(raises()));
        }
    };
    let stop = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = stop.get() {
            let _ = button.focus();
        }
    });
    let up = move || beats.get().is_multiple_of(2);
    view! {
        <div class="sol-selftest" on:keydown=on_key>
            <p>{quiz_ui.metronome}</p>
            <p class="sol-selftest__beat" aria-hidden="true">
                <span class="sol-metronome" class:is-on=up></span>
                {move || if up() { quiz_ui.beat_up } else { quiz_ui.beat_down }}
            </p>
            <p class="sol-selftest__count">
                {move || fill(quiz_ui.counted_template, &[("count", &(beats.get() / 2).to_string())])}
            </p>
            <button
                node_ref=stop
                type="button"
                class="sol-button sol-button--primary sol-button--big"
                on:click=move |_| finish(Some(raises()))
            >
                {quiz_ui.count_stop}
            </button>
            <div class="sol-actions">
                <ActionButton label=quiz_ui.count_cancel on_click=move |()| finish(None)/>
            </div>
        </div>
    }
}
