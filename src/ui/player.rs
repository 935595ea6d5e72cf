//! The guided circuit player: a focused view of the current exercise with a large countdown.
//!
//! A 250 ms timer measures real elapsed time with `performance.now()` and hands it to the
//! model's `Session::tick`, so a throttled or hidden tab catches up instead of drifting.
//! Sound cues use Web Audio tones (no files) and are off until the person turns them on.

use gloo_timers::callback::Interval;

use super::dom::Dom;
use super::html::Html;
use super::store::Store;
use crate::content::{fill, Text};
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

/// Opens the player on `recommendation` and starts the clock.
pub fn open(store: Store, recommendation: Recommendation) {
    store.update(|s| {
        s.session = Some(Session::new(&recommendation));
        s.plan = Some(recommendation);
    });
    start_clock(store);
}

/// Closes the player and stops its clock; sound cues start off again next time, as its
/// switch does.
pub fn close(store: Store) {
    store.resources(|r| {
        r.player = None;
        r.sound = false;
    });
    store.update(|s| s.session = None);
}

/// Plays the same circuit again from the start.
pub fn repeat(store: Store) {
    if let Some(plan) = store.read(|s| s.plan.clone()) {
        open(store, plan);
    }
}

/// Every tick hands the real time elapsed since the last one to the session, and beeps
/// when a new phase starts (if the person turned sound on).
fn start_clock(store: Store) {
    let interval = Interval::new(TICK_MS, move || {
        let now = now_ms();
        let last = store.resources(|r| std::mem::replace(&mut r.last_tick_ms, now));
        let elapsed = (now - last).max(0.0) as u64;
        let mut changed = false;
        store.update(|s| {
            if let Some(session) = &mut s.session {
                let before = session.current().copied();
                session.tick(elapsed);
                changed = before != session.current().copied();
            }
        });
        if changed {
            store.resources(|r| {
                if let (true, Some(context)) = (r.sound, &r.audio) {
                    beep(context);
                }
            });
        }
    });
    store.resources(|r| {
        r.last_tick_ms = now_ms();
        r.player = Some(interval);
    });
}

/// Changes the open session, if there is one.
fn with_session(store: Store, change: impl FnOnce(&mut Session)) {
    store.update(|s| {
        if let Some(session) = &mut s.session {
            change(session);
        }
    });
}

/// Pauses or resumes.
pub fn toggle_pause(store: Store) {
    with_session(store, |s| {
        if s.is_paused() {
            s.resume();
        } else {
            s.pause();
        }
    });
}

/// Goes back to the previous phase.
pub fn back(store: Store) {
    with_session(store, Session::back);
}

/// Skips to the next phase.
pub fn skip(store: Store) {
    with_session(store, Session::skip);
}

/// Turns sound cues on or off; the audio context is created on the first turn-on, which is
/// a click, as browsers require.
pub fn set_sound(store: Store, on: bool) {
    store.resources(|r| {
        r.sound = on;
        if on && r.audio.is_none() {
            r.audio = web_sys::AudioContext::new().ok();
        }
    });
}

/// Space pauses, the arrows move between phases. Returns whether the key was used.
pub fn key(store: Store, key: &str) -> bool {
    match key {
        " " => toggle_pause(store),
        "ArrowLeft" => back(store),
        "ArrowRight" => skip(store),
        _ => return false,
    }
    true
}

/// The player's frame; [`update`] fills in the phase and the clocks.
pub fn render(html: &mut Html, text: &Text, finished: bool) {
    let ui = &text.ui;
    html.open_with(
        "div",
        &[
            ("class", "sol-player"),
            ("tabindex", "-1"),
            ("aria-labelledby", "sol-player-title"),
        ],
    )
    .open_with(
        "h4",
        &[("class", "sol-player__title"), ("id", "sol-player-title")],
    )
    .text(ui.player_heading)
    .close("h4")
    .open("div", "sol-player__body");
    render_body(html, text, finished);
    html.close("div")
        .switch("", "sound", false, ui.sound)
        .element("p", "sol-player__shortcuts", ui.shortcuts)
        .button("sol-button", "player-exit", ui.leave_player)
        .close("div");
}

/// The running display with its controls, or the finish with repeat and print.
pub fn render_body(html: &mut Html, text: &Text, finished: bool) {
    let ui = &text.ui;
    if finished {
        html.open_with(
            "p",
            &[("class", "sol-player__finished"), ("role", "status")],
        )
        .text(ui.finished)
        .close("p")
        .open("div", "sol-actions")
        .button("sol-button sol-button--primary", "player-repeat", ui.repeat)
        .button("sol-button", "print", ui.print)
        .close("div");
        return;
    }
    html.open("p", "sol-player__kind")
        .close("p")
        .open("p", "sol-player__exercise")
        .close("p")
        .open("p", "sol-player__side")
        .close("p")
        .open("p", "sol-player__next")
        .close("p")
        .open_with(
            "p",
            &[("class", "sol-player__countdown"), ("aria-hidden", "true")],
        )
        .close("p")
        .open_with("p", &[("class", "sol-player__paused"), ("role", "status")])
        .close("p")
        .open("p", "sol-player__remaining")
        .close("p")
        .open("div", "sol-actions")
        .button("sol-button", "player-back", ui.previous_phase)
        .button(
            "sol-button sol-button--primary sol-player__pause",
            "player-pause",
            ui.pause,
        )
        .button("sol-button", "player-skip", ui.next_phase)
        .close("div");
}

/// Shows the current phase, what comes next and both clocks.
pub fn update(dom: &Dom, text: &Text, session: &Session, recommendation: &Recommendation) {
    let ui = &text.ui;
    if let Some(phase) = session.current() {
        let (what, side) = phase_words(text, recommendation, phase);
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
        dom.set_text(".sol-player__kind", kind);
        dom.set_attr(".sol-player__kind", "data-kind", kind);
        dom.set_text(".sol-player__exercise", &what);
        dom.set_text(".sol-player__side", &format!("{side} · {set}"));
        let next = session.next().map(|next| {
            let (what, side) = phase_words(text, recommendation, next);
            fill(ui.next_template, &[("next", &format!("{what} ({side})"))])
        });
        dom.set_text(".sol-player__next", next.as_deref().unwrap_or_default());
    }
    dom.set_text(
        ".sol-player__countdown",
        &clock(session.remaining_in_phase_ms()),
    );
    let paused = session.is_paused();
    dom.set_text(".sol-player__paused", if paused { ui.paused } else { "" });
    dom.set_text(
        ".sol-player__pause",
        if paused { ui.resume } else { ui.pause },
    );
    dom.set_text(
        ".sol-player__remaining",
        &fill(
            ui.remaining_template,
            &[("time", &clock(session.remaining_total_ms()))],
        ),
    );
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
