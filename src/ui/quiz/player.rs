//! The guided circuit player: a focused view of the current exercise with a large countdown.
//!
//! A 250 ms timer measures real elapsed time with `performance.now()` and hands it to the
//! model's `Session::tick`, so a throttled or hidden tab catches up instead of drifting.
//! Sound cues use Web Audio tones (no files) and are off until the person turns them on.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::super::button::ActionButton;

use super::super::events::WidgetEvent;
use super::super::instance::Instance;
use super::super::persist::now_ms;
use super::super::words::Words;
use super::result::{exercise_index, print};
use crate::content::{fill, Text};
use crate::model::circuit::{Exercise, Recommendation};
use crate::model::session::{Phase, PhaseKind, Session, Side};

/// How often the display is refreshed; time itself is measured, not counted.
const TICK_MS: u32 = 250;

/// "m:ss" for a number of milliseconds, rounded up so the display never shows 0:00 early.
pub fn clock(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A short beep at `frequency` Hz: the start of a new phase, or a metronome beat.
pub fn beep(context: &web_sys::AudioContext, frequency: f32) {
    let Ok(oscillator) = context.create_oscillator() else {
        return;
    };
    let Ok(gain) = context.create_gain() else {
        return;
    };
    oscillator.frequency().set_value(frequency);
    gain.gain().set_value(0.15);
    let now = context.current_time();
    let connected = oscillator
        .connect_with_audio_node(&gain)
        .and_then(|_| gain.connect_with_audio_node(&context.destination()));
    if connected.is_ok() {
        let _ = oscillator.start_with_when(now);
        let _ = oscillator.stop_with_when(now + 0.15);
    }
}

/// The words for a phase: what to do and on which side.
fn phase_words(
    text: &Text,
    recommendation: &Recommendation,
    phase: &Phase,
) -> (String, &'static str) {
    let exercise = recommendation
        .exercises
        .get(phase.exercise)
        .map(|p| p.exercise)
        .unwrap_or(Exercise::SeatedHeelRaise);
    let name = text.exercises[exercise_index(exercise)].name;
    let what = match phase.kind {
        PhaseKind::Work => name.to_string(),
        PhaseKind::Rest => text.ui.phase_rest.to_string(),
        PhaseKind::Switch => text.ui.phase_switch.to_string(),
    };
    let side = match phase.side {
        Side::Both => text.ui.side_both,
        Side::Left => text.ui.side_left,
        Side::Right => text.ui.side_right,
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
    let ui = &text.ui;
    let instance = Instance::get();
    let title_id = instance.id("player-title");
    let labelled_by = title_id.clone();
    let level = recommendation.level;
    let session = RwSignal::new(Session::new(&recommendation));
    let plan = StoredValue::new(recommendation);
    let finished = Memo::new(move |_| session.with(Session::is_finished));
    let paused = Memo::new(move |_| session.with(Session::is_paused));
    let sound = StoredValue::new_local(None::<web_sys::AudioContext>);
    let clock_timer = StoredValue::new_local(None::<Interval>);

    let run = Callback::new(move |()| {
        let mut last = now_ms();
        clock_timer.set_value(Some(Interval::new(TICK_MS, move || {
            let now = now_ms();
            let elapsed = (now - last).max(0.0) as u64;
            last = now;
            let mut changed = false;
            session.update(|s| {
                let before = s.current().copied();
                s.tick(elapsed);
                changed = before != s.current().copied();
            });
            if changed {
                sound.with_value(|context| {
                    if let Some(context) = context {
                        beep(context, 880.0);
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
            instance.emit(WidgetEvent::CircuitFinished { level });
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
        if event_target_checked(&event) {
            // Created on a click, as browsers require.
            sound.set_value(web_sys::AudioContext::new().ok());
        } else {
            sound.set_value(None);
        }
    };

    let phase_text = move |pick: fn(&Text, &Recommendation, &Phase, &Session) -> String| {
        move || {
            session.with(|s| {
                s.current()
                    .map(|phase| plan.with_value(|r| pick(text, r, phase, s)))
                    .unwrap_or_default()
            })
        }
    };
    let kind = move || {
        session.with(|s| match s.current().map(|p| p.kind) {
            Some(PhaseKind::Work) => ui.phase_work,
            Some(PhaseKind::Rest) => ui.phase_rest,
            Some(PhaseKind::Switch) => ui.phase_switch,
            None => "",
        })
    };
    let running = move || {
        view! {
            <p class="sol-player__kind" data-kind=kind>{kind}</p>
            <p class="sol-player__exercise">{phase_text(|t, r, p, _| phase_words(t, r, p).0)}</p>
            <p class="sol-player__side">
                {phase_text(|t, r, p, _| {
                    let set = fill(t.ui.set_of_template, &[("set", &p.set.to_string()), ("sets", &p.sets.to_string())]);
                    format!("{} · {set}", phase_words(t, r, p).1)
                })}
            </p>
            <p class="sol-player__next">
                {phase_text(|t, r, _, s| {
                    s.next()
                        .map(|next| {
                            let (what, side) = phase_words(t, r, next);
                            fill(t.ui.next_template, &[("next", &format!("{what} ({side})"))])
                        })
                        .unwrap_or_default()
                })}
            </p>
            <p class="sol-player__countdown" aria-hidden="true">
                {move || session.with(|s| clock(s.remaining_in_phase_ms()))}
            </p>
            <p class="sol-player__paused" role="status">{move || if paused.get() { ui.paused } else { "" }}</p>
            <p class="sol-player__remaining">
                {move || session.with(|s| fill(ui.remaining_template, &[("time", &clock(s.remaining_total_ms()))]))}
            </p>
            <div class="sol-actions">
                <ActionButton label=ui.previous_phase on_click=move |()| change(Session::back)/>
                <button type="button" class="sol-button sol-button--primary sol-player__pause" on:click=move |_| toggle_pause()>
                    {move || if paused.get() { ui.resume } else { ui.pause }}
                </button>
                <ActionButton label=ui.next_phase on_click=move |()| change(Session::skip)/>
            </div>
        }
    };

    let player = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = player.get() {
            let _ = element.focus();
        }
    });
    view! {
        <div class="sol-player" tabindex="-1" aria-labelledby=labelled_by node_ref=player on:keydown=on_key>
            <h4 class="sol-player__title" id=title_id>{ui.player_heading}</h4>
            <div class="sol-player__body">
                {move || if finished.get() {
                    view! {
                        <p class="sol-player__finished" role="status">{ui.finished}</p>
                        <div class="sol-actions">
                            <button type="button" class="sol-button sol-button--primary" on:click=repeat.clone()>{ui.repeat}</button>
                            <ActionButton label=ui.print on_click=move |()| print()/>
                        </div>
                    }
                    .into_any()
                } else {
                    running().into_any()
                }}
            </div>
            <label class="sol-switch">
                <input type="checkbox" class="sol-switch__input" on:change=on_sound/>
                <span>{ui.sound}</span>
            </label>
            <p class="sol-player__shortcuts">{ui.shortcuts}</p>
            <ActionButton label=ui.leave_player on_click=move |()| on_exit.run(())/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_shows_minutes_and_rounded_up_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(1), "0:01");
        assert_eq!(clock(59_001), "1:00");
        assert_eq!(clock(75_000), "1:15");
    }
}
