//! The guided circuit player: the current exercise's picture moving at the prescribed tempo,
//! the repetition and its tempo cue (or a hold's seconds), and a large countdown. The stop
//! rule is on screen on every work step, and "It hurts" ends the circuit at once with what
//! to do instead.
//!
//! A 250 ms timer measures real elapsed time with `performance.now()` and hands it to the
//! model's `Session::tick`, so a throttled or hidden tab catches up instead of drifting.
//! Sound cues use Web Audio tones (no files) and are off until the person turns them on.
//! While it runs it asks the browser to keep the screen awake (Screen Wake Lock, where the
//! browser has it), and lets go on pause, at the end and when it closes.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::super::button::ActionButton;

use super::super::browser::{beep, close_sound, now_ms, WakeLock};
use super::super::events::WidgetEvent;
use super::super::instance::{widget_context, Instance};
use super::super::words::{exercise_words, Words};
use super::picture::ExercisePicture;
use super::result::{BookingLink, PrintRequest};
use crate::content::{fill, QuizText, QuizUi};
use crate::model::circuit::{
    Exercise, Recommendation, MAX_DISCOMFORT_OUT_OF_10, PAIN_SCALE, TEMPO,
};
use crate::model::session::{Phase, PhaseKind, Rep, Session, Side, Stroke};

/// How often the display is refreshed; time itself is measured, not counted.
const TICK_MS: u32 = 250;

/// "m:ss" for a number of milliseconds, rounded up so the display never shows 0:00 early.
pub fn clock(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The tone for a tempo stroke: higher going up, lower coming down, none for the hold.
fn stroke_tone(stroke: Stroke) -> Option<f32> {
    match stroke {
        Stroke::Up => Some(660.0),
        Stroke::Hold => None,
        Stroke::Down => Some(440.0),
    }
}

/// The repetition line: "Rep 3 of 15 · Up · 2 s".
fn rep_words(quiz_ui: &QuizUi, rep: &Rep) -> String {
    let (template, seconds) = match rep.stroke {
        Stroke::Up => (quiz_ui.stroke_up_template, TEMPO.0),
        Stroke::Hold => (quiz_ui.stroke_hold_template, TEMPO.1),
        Stroke::Down => (quiz_ui.stroke_down_template, TEMPO.2),
    };
    let count = fill(
        quiz_ui.rep_template,
        &[
            ("current", &rep.number.to_string()),
            ("total", &rep.of.to_string()),
        ],
    );
    let cue = fill(template, &[("seconds", &seconds.to_string())]);
    format!("{count} · {cue}")
}

/// The words for a phase: what to do and on which side.
fn phase_words(
    quiz_text: &QuizText,
    recommendation: &Recommendation,
    phase: &Phase,
) -> (String, &'static str) {
    let exercise = recommendation
        .exercises
        .get(phase.exercise)
        .map(|p| p.exercise)
        .unwrap_or(Exercise::SeatedHeelRaise);
    let name = exercise_words(quiz_text, exercise).name;
    let quiz_ui = &quiz_text.ui;
    let what = match phase.kind {
        PhaseKind::GetReady | PhaseKind::Work => name.to_string(),
        PhaseKind::Rest => quiz_ui.phase_rest.to_string(),
        PhaseKind::Switch => quiz_ui.phase_switch.to_string(),
    };
    // A switch names the leg that works next, not the one that just did.
    let side = match (phase.kind, phase.side) {
        (_, Side::Both) => quiz_ui.side_both,
        (PhaseKind::Switch, Side::Left)
        | (PhaseKind::GetReady | PhaseKind::Work | PhaseKind::Rest, Side::Right) => {
            quiz_ui.side_right
        }
        (PhaseKind::Switch, Side::Right)
        | (PhaseKind::GetReady | PhaseKind::Work | PhaseKind::Rest, Side::Left) => {
            quiz_ui.side_left
        }
    };
    (what, side)
}

/// The player for `recommendation`: it starts at once and reports `circuit-finished` when
/// the last phase ends.
#[component]
pub fn Player(
    /// The circuit to play.
    recommendation: Recommendation,
    /// Closes the player.
    #[prop(into)]
    on_exit: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    let quiz_text = Words::quiz();
    let quiz_ui = &quiz_text.ui;
    let ui = &text.ui;
    let instance = Instance::get();
    let PrintRequest(print_request) = widget_context();
    let reduced_motion = instance.reduced_motion();
    let title_id = instance.id("player-title");
    let labelled_by = title_id.clone();
    let level = recommendation.level;
    let session = RwSignal::new(Session::new(&recommendation));
    let plan = StoredValue::new(recommendation);
    let finished = Memo::new(move |_| session.with(Session::is_finished));
    let hurt = Memo::new(move |_| session.with(Session::stopped_for_pain));
    let stop_rule = move || {
        fill(
            quiz_ui.stop_rule_template,
            &[
                ("pain", &MAX_DISCOMFORT_OUT_OF_10.to_string()),
                ("scale", &PAIN_SCALE.to_string()),
            ],
        )
    };
    let paused = Memo::new(move |_| session.with(Session::is_paused));
    let sound = StoredValue::new_local(None::<web_sys::AudioContext>);
    let clock_timer = StoredValue::new_local(None::<Interval>);

    let wake_lock = WakeLock::new();
    on_cleanup(move || wake_lock.release());
    let run = Callback::new(move |()| {
        let mut last = now_ms();
        clock_timer.set_value(Some(Interval::new(TICK_MS, move || {
            let now = now_ms();
            let elapsed = (now - last).max(0.0) as u64;
            last = now;
            let mut tone = None;
            let mut running = false;
            session.update(|s| {
                let (phase, stroke) = (s.current().copied(), s.rep().map(|r| r.stroke));
                s.tick(elapsed);
                running = !s.is_paused() && !s.is_finished();
                let new_stroke = s.rep().map(|r| r.stroke);
                tone = if phase != s.current().copied() {
                    Some(880.0)
                } else if stroke != new_stroke {
                    new_stroke.and_then(stroke_tone)
                } else {
                    None
                };
            });
            if running {
                wake_lock.keep();
            } else {
                wake_lock.release();
            }
            if let Some(frequency) = tone {
                sound.with_value(|context| {
                    if let Some(context) = context {
                        beep(context, frequency);
                    }
                });
            }
        })));
    });
    run.run(());
    // At the end the clock stops (outside its own callback) and the host hears of it.
    Effect::new(move |was: Option<bool>| {
        let now = finished.get();
        if now && was == Some(false) {
            clock_timer.set_value(None);
            // A circuit stopped because it hurt was not finished.
            if !hurt.get_untracked() {
                instance.emit(WidgetEvent::CircuitFinished { level });
            }
        }
        now
    });

    let change = move |f: fn(&mut Session)| session.update(f);
    let toggle_pause = move || {
        change(|s| {
            if s.is_paused() {
                s.resume();
            } else {
                s.pause();
            }
        })
    };
    let on_key = move |event: web_sys::KeyboardEvent| {
        match event.key().as_str() {
            " " => toggle_pause(),
            "ArrowLeft" => change(Session::back),
            "ArrowRight" => change(Session::skip),
            _ => return,
        }
        event.prevent_default();
    };
    let repeat = {
        let instance = Instance::get();
        move |_| {
            instance.emit(WidgetEvent::CircuitStarted { level });
            session.set(plan.with_value(Session::new));
            run.run(());
        }
    };
    let on_sound = move |event| {
        // Created on a click, as browsers require; the one it replaces is closed.
        let next = event_target_checked(&event)
            .then(|| web_sys::AudioContext::new().ok())
            .flatten();
        sound.update_value(|current| close_sound(std::mem::replace(current, next)));
    };
    on_cleanup(move || sound.update_value(|current| close_sound(current.take())));

    let phase_text = move |pick: fn(&QuizText, &Recommendation, &Phase, &Session) -> String| {
        move || {
            session.with(|s| {
                s.current()
                    .map(|phase| plan.with_value(|r| pick(quiz_text, r, phase, s)))
                    .unwrap_or_default()
            })
        }
    };
    let kind = move || {
        session.with(|s| match s.current().map(|p| p.kind) {
            Some(PhaseKind::GetReady) => quiz_text.get_ready,
            Some(PhaseKind::Work) => quiz_ui.phase_work,
            Some(PhaseKind::Rest) => quiz_ui.phase_rest,
            Some(PhaseKind::Switch) => quiz_ui.phase_switch,
            None => "",
        })
    };
    let rep = Memo::new(move |_| session.with(Session::rep));
    let exercise = Memo::new(move |_| {
        session.with(|s| {
            let index = s.current().map(|p| p.exercise).unwrap_or(0);
            plan.with_value(|r| r.exercises.get(index).copied())
        })
    });
    let current_kind = Memo::new(move |_| session.with(|s| s.current().map(|p| p.kind)));
    let working = Memo::new(move |_| current_kind.get() == Some(PhaseKind::Work));
    // The pain rule is read before the first repetition as well as during the set.
    let at_work = move || {
        matches!(
            current_kind.get(),
            Some(PhaseKind::Work | PhaseKind::GetReady)
        )
    };
    // The picture moves with the tempo; held at the top for a hold, or with reduced motion;
    // at rest between sets.
    let height = Signal::derive(move || match rep.get() {
        Some(rep) if !reduced_motion => rep.height,
        _ if working.get() => 100,
        _ => 0,
    });
    let pace = move || {
        session.with(|s| match (s.current(), rep.get()) {
            (_, Some(rep)) => rep_words(quiz_ui, &rep),
            (Some(phase), None) if phase.kind == PhaseKind::GetReady => fill(
                quiz_text.starts_in_template,
                &[(
                    "seconds",
                    &s.remaining_in_phase_ms().div_ceil(1000).to_string(),
                )],
            ),
            (Some(phase), None) if phase.kind == PhaseKind::Work => fill(
                quiz_ui.hold_left_template,
                &[(
                    "seconds",
                    &s.remaining_in_phase_ms().div_ceil(1000).to_string(),
                )],
            ),
            _ => String::new(),
        })
    };
    let running = move || {
        view! {
            {move || exercise.get().map(|prescription| {
                view! { <ExercisePicture prescription=prescription raise=height/> }
            })}
            <p class="sol-player__kind" data-kind=kind>{kind}</p>
            <p class="sol-player__rep" aria-hidden="true" data-stroke=move || rep.get().map(|r| match r.stroke {
                Stroke::Up => "up",
                Stroke::Hold => "hold",
                Stroke::Down => "down",
            })>{pace}</p>
            <p class="sol-player__exercise">{phase_text(|q, r, p, _| phase_words(q, r, p).0)}</p>
            <p class="sol-player__side">
                {phase_text(|q, r, p, _| {
                    let set = fill(q.ui.set_of_template, &[("set", &p.set.to_string()), ("sets", &p.sets.to_string())]);
                    format!("{} · {set}", phase_words(q, r, p).1)
                })}
            </p>
            <p class="sol-player__next">
                {phase_text(|q, r, _, s| {
                    s.next()
                        .map(|next| {
                            let (what, side) = phase_words(q, r, next);
                            fill(q.ui.next_template, &[("next", &format!("{what} ({side})"))])
                        })
                        .unwrap_or_default()
                })}
            </p>
            {move || at_work().then(|| view! { <p class="sol-player__stop">{stop_rule()}</p> })}
            <p class="sol-player__countdown" aria-hidden="true">
                {move || session.with(|s| clock(s.remaining_in_phase_ms()))}
            </p>
            <p class="sol-player__paused" role="status">{move || if paused.get() { ui.paused } else { "" }}</p>
            // Screen readers hear each new phase once, never the ticking numbers.
            <p class="sol-visually-hidden" aria-live="polite">
                {phase_text(|q, r, p, _| {
                    let (what, side) = phase_words(q, r, p);
                    match p.kind {
                        PhaseKind::GetReady => format!("{}: {what}, {side}", q.get_ready),
                        _ => format!("{what}, {side}"),
                    }
                })}
            </p>
            <p class="sol-player__remaining">
                {move || session.with(|s| fill(quiz_ui.remaining_template, &[("time", &clock(s.remaining_total_ms()))]))}
            </p>
            <div class="sol-actions">
                <ActionButton label=quiz_ui.previous_phase on_click=move |()| change(Session::back)/>
                <button type="button" class="sol-button sol-button--primary sol-player__pause" on:click=move |_| toggle_pause()>
                    {move || if paused.get() { ui.resume } else { ui.pause }}
                </button>
                <ActionButton label=quiz_ui.next_phase on_click=move |()| change(Session::skip)/>
                <ActionButton class="sol-button sol-player__hurt" label=quiz_ui.it_hurts on_click=move |()| change(Session::stop_for_pain)/>
            </div>
        }
    };

    let player = NodeRef::<leptos::html::Div>::new();
    // The reader pressed Start: the player opens with its top at the top of the screen, so its
    // title and moving figure are whole on a phone (focus alone scrolls only until some of it
    // shows), and takes the focus for its keys.
    Effect::new(move |_| {
        if let Some(element) = player.get() {
            element.scroll_into_view();
            let _ = element.focus();
        }
    });
    view! {
        <div class="sol-player" tabindex="-1" aria-labelledby=labelled_by node_ref=player on:keydown=on_key>
            <h4 class="sol-player__title" id=title_id>{quiz_ui.player_heading}</h4>
            <div class="sol-player__body">
                {move || if hurt.get() {
                    view! {
                        <div class="sol-player__hurt-advice" role="status">
                            <p class="sol-player__finished">{quiz_ui.hurt_heading}</p>
                            <p>{quiz_ui.hurt_advice}</p>
                        </div>
                        <BookingLink options=Instance::get().options().clone()/>
                    }
                    .into_any()
                } else if finished.get() {
                    view! {
                        <p class="sol-player__finished" role="status">{quiz_ui.finished}</p>
                        <div class="sol-actions">
                            <button type="button" class="sol-button sol-button--primary" on:click=repeat.clone()>{ui.repeat}</button>
                            <ActionButton label=ui.print on_click=move |()| {
                                // The plan prints from the result, which this shows again.
                                print_request.set(true);
                                on_exit.run(());
                            }/>
                        </div>
                    }
                    .into_any()
                } else {
                    running().into_any()
                }}
            </div>
            <label class="sol-switch">
                <input type="checkbox" class="sol-switch__input" on:change=on_sound/>
                <span>{quiz_ui.sound}</span>
            </label>
            <p class="sol-player__shortcuts">{quiz_ui.shortcuts}</p>
            <ActionButton label=quiz_ui.leave_player on_click=move |()| on_exit.run(())/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_names_the_leg_it_is_for_and_a_switch_the_leg_that_works_next() {
        use crate::content::Lang;
        use crate::model::circuit::{Dose, Level, Prescription};
        use crate::model::session::phases;
        let quiz_ui = &Lang::En.quiz_text().ui;
        let recommendation = Recommendation {
            level: Level::Build,
            exercises: vec![Prescription {
                exercise: Exercise::BentKneeHeelRaise,
                sets: 2,
                dose: Dose::Reps(3),
                each_leg: true,
                loaded: false,
            }],
            sessions_per_week: 3,
            reasons: vec![],
        };
        let words: Vec<(String, &str)> = phases(&recommendation)
            .iter()
            .map(|phase| phase_words(Lang::En.quiz_text(), &recommendation, phase))
            .collect();
        let name = exercise_words(Lang::En.quiz_text(), Exercise::BentKneeHeelRaise).name;
        // Count-in, work, switch, count-in, work: a switch and the count-in after it name
        // the leg about to work.
        assert_eq!(words[0], (name.to_string(), quiz_ui.side_left));
        assert_eq!(words[1], (name.to_string(), quiz_ui.side_left));
        assert_eq!(
            words[2],
            (quiz_ui.phase_switch.to_string(), quiz_ui.side_right)
        );
        assert_eq!(words[3], (name.to_string(), quiz_ui.side_right));
        assert_eq!(words[4], (name.to_string(), quiz_ui.side_right));
    }

    #[test]
    fn the_clock_shows_minutes_and_rounded_up_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(1), "0:01");
        assert_eq!(clock(59_001), "1:00");
        assert_eq!(clock(75_000), "1:15");
    }
}
