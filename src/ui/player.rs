//! The guided circuit player: a focused view of the current exercise with a large countdown.
//!
//! A 250 ms timer measures real elapsed time with `performance.now()` and hands it to the
//! model's `Session::tick`, so a throttled or hidden tab catches up instead of drifting.
//! Sound cues use Web Audio tones (no files) and are off until the person turns them on.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::Words;
use crate::content::fill;
use crate::embed::events::emit;
use crate::embed::persist::now_ms;
use crate::model::circuit::{Exercise, Recommendation};
use crate::model::session::{Phase, PhaseKind, Session, Side};

/// How often the display is refreshed; time itself is measured, not counted.
const TICK_MS: u32 = 250;

/// "m:ss" for a number of milliseconds, rounded up so the display never shows 0:00 early.
pub fn clock(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A short beep: the start of a new phase.
fn beep(context: &web_sys::AudioContext) {
    let Ok(oscillator) = context.create_oscillator() else {
        return;
    };
    let Ok(gain) = context.create_gain() else {
        return;
    };
    oscillator.frequency().set_value(880.0);
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
fn phase_words(recommendation: &Recommendation, phase: &Phase) -> (String, &'static str) {
    let text = Words::get();
    let exercise = recommendation
        .exercises
        .get(phase.exercise)
        .map(|p| p.exercise)
        .unwrap_or(Exercise::SeatedHeelRaise);
    let name = text.exercises[Exercise::ALL
        .iter()
        .position(|e| *e == exercise)
        .unwrap_or(0)]
    .name;
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

/// The player for one recommended circuit.
#[component]
pub fn Player(
    /// The circuit to play.
    recommendation: Recommendation,
    /// The widget's key, for the events sent to the host page.
    widget_key: String,
    /// Leaves the player.
    #[prop(into)]
    on_exit: Callback<()>,
) -> impl IntoView {
    let level = super::quiz::level_tag(recommendation.level);
    emit(&widget_key, "circuit-started", &[("level", level)]);
    let widget_key = StoredValue::new(widget_key);
    let text = Words::get();
    let ui = &text.ui;
    let plan = StoredValue::new(recommendation.clone());
    let session = RwSignal::new(Session::new(&recommendation));
    let sound = RwSignal::new(false);
    let audio = StoredValue::new_local(None::<web_sys::AudioContext>);
    let last = StoredValue::new(now_ms());
    let timer = StoredValue::new_local(None::<Interval>);

    let start_timer = move || {
        last.set_value(now_ms());
        timer.set_value(Some(Interval::new(TICK_MS, move || {
            let now = now_ms();
            let elapsed = (now - last.get_value()).max(0.0) as u64;
            last.set_value(now);
            let before = session.with_untracked(|s| s.current().copied());
            session.update(|s| s.tick(elapsed));
            let after = session.with_untracked(|s| s.current().copied());
            if before != after && sound.get_untracked() {
                audio.with_value(|context| {
                    if let Some(context) = context {
                        beep(context);
                    }
                });
            }
        })));
    };
    start_timer();
    on_cleanup(move || timer.set_value(None));

    let toggle_pause = move || {
        session.update(|s| {
            if s.is_paused() {
                s.resume();
            } else {
                s.pause();
            }
        })
    };
    let back = move || session.update(Session::back);
    let skip = move || session.update(Session::skip);
    let repeat = move |_| {
        session.set(Session::new(&plan.get_value()));
        start_timer();
    };
    let on_key = move |event: web_sys::KeyboardEvent| match event.key().as_str() {
        " " => {
            event.prevent_default();
            toggle_pause();
        }
        "ArrowLeft" => {
            event.prevent_default();
            back();
        }
        "ArrowRight" => {
            event.prevent_default();
            skip();
        }
        _ => {}
    };
    let on_sound = move |event| {
        let on = event_target_checked(&event);
        sound.set(on);
        if on && audio.with_value(Option::is_none) {
            audio.set_value(web_sys::AudioContext::new().ok());
        }
    };

    let container = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = container.get() {
            let _ = element.focus();
        }
    });

    let current = move || session.with(|s| s.current().copied());
    let status = move || {
        current().map(|phase| {
            let (what, side) = plan.with_value(|p| phase_words(p, &phase));
            let set = fill(
                ui.set_of_template,
                &[
                    ("set", &phase.set.to_string()),
                    ("sets", &phase.sets.to_string()),
                ],
            );
            let kind = match phase.kind {
                PhaseKind::Work => ui.phase_work,
                PhaseKind::Rest => ui.phase_rest,
                PhaseKind::Switch => ui.phase_switch,
            };
            let next = session.with(|s| s.next().copied()).map(|next| {
                let (what, side) = plan.with_value(|p| phase_words(p, &next));
                fill(ui.next_template, &[("next", &format!("{what} ({side})"))])
            });
            view! {
                <p class="sol-player__kind" data-kind=kind>{kind}</p>
                <p class="sol-player__exercise">{what}</p>
                <p class="sol-player__side">{side} " · " {set}</p>
                <p class="sol-player__next">{next}</p>
            }
        })
    };
    let countdown = move || session.with(|s| clock(s.remaining_in_phase_ms()));
    let remaining = move || {
        let time = session.with(|s| clock(s.remaining_total_ms()));
        fill(ui.remaining_template, &[("time", &time)])
    };
    let finished = move || session.with(Session::is_finished);
    Effect::new(move |was_finished: Option<bool>| {
        let now = finished();
        if now && was_finished == Some(false) {
            emit(
                &widget_key.get_value(),
                "circuit-finished",
                &[("level", level)],
            );
        }
        now
    });
    let paused = move || session.with(Session::is_paused);

    view! {
        <div class="sol-player" tabindex="-1" node_ref=container on:keydown=on_key aria-labelledby="sol-player-title">
            <h4 class="sol-player__title" id="sol-player-title">{ui.player_heading}</h4>
            <Show
                when=finished
                fallback=move || view! {
                    {status}
                    <p class="sol-player__countdown" aria-hidden="true">{countdown}</p>
                    <p class="sol-player__paused" role="status">{move || paused().then_some(ui.paused)}</p>
                    <p class="sol-player__remaining">{remaining}</p>
                    <div class="sol-actions">
                        <button type="button" class="sol-button" on:click=move |_| back()>{ui.previous_phase}</button>
                        <button type="button" class="sol-button sol-button--primary" on:click=move |_| toggle_pause()>
                            {move || if paused() { ui.resume } else { ui.pause }}
                        </button>
                        <button type="button" class="sol-button" on:click=move |_| skip()>{ui.next_phase}</button>
                    </div>
                }
            >
                <p class="sol-player__finished" role="status">{ui.finished}</p>
                <div class="sol-actions">
                    <button type="button" class="sol-button sol-button--primary" on:click=repeat>{ui.repeat}</button>
                    <button type="button" class="sol-button" on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }>{ui.print}</button>
                </div>
            </Show>
            <label class="sol-switch">
                <input type="checkbox" class="sol-switch__input" prop:checked=move || sound.get() on:change=on_sound/>
                <span>{ui.sound}</span>
            </label>
            <p class="sol-player__shortcuts">{ui.shortcuts}</p>
            <button type="button" class="sol-button" on:click=move |_| on_exit.run(())>{ui.leave_player}</button>
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
