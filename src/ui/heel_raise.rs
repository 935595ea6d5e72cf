//! Plays a heel raise at the current knee angle: the heel lifts and the working muscle
//! contracts. Two repetitions (4 s), so it never runs longer than 5 s, and the Stop button is
//! there the whole time. With reduced motion it shows the end position without moving.

use gloo_timers::callback::Interval;

use super::dom::{bool_text, Dom};
use super::html::Html;
use super::store::Store;
use crate::content::{fill, Text};
use crate::model::anatomy::Muscle;
use crate::model::knee;

/// One repetition: 800 ms up, 400 ms held, 800 ms down.
const UP_MS: u32 = 800;
const HOLD_MS: u32 = 400;
const REP_MS: u32 = 2000;
/// The whole animation: two repetitions.
const TOTAL_MS: u32 = 2 * REP_MS;
/// Frame interval; 25 frames a second is smooth enough for a heel and cheap on phones.
const FRAME_MS: u32 = 40;

/// Heel height (0–100) at `elapsed` milliseconds into the animation.
pub fn raise_at(elapsed: u32) -> u8 {
    if elapsed >= TOTAL_MS {
        return 0;
    }
    let t = elapsed % REP_MS;
    let height = if t < UP_MS {
        t * 100 / UP_MS
    } else if t < UP_MS + HOLD_MS {
        100
    } else {
        (REP_MS - t) * 100 / (REP_MS - UP_MS - HOLD_MS)
    };
    height.min(100) as u8
}

/// Plays two repetitions, or shows the raised heel at once with reduced motion.
pub fn play(store: Store, reduced_motion: bool) {
    store.update(|s| s.raise_playing = true);
    if reduced_motion {
        store.update(|s| s.raise_height = 100);
        return;
    }
    let start = js_sys::Date::now();
    let interval = Interval::new(FRAME_MS, move || {
        let elapsed = (js_sys::Date::now() - start).max(0.0) as u32;
        store.update(|s| {
            s.raise_height = raise_at(elapsed);
            // The widget drops the interval once playing stops (not from inside its own
            // callback).
            s.raise_playing = elapsed < TOTAL_MS;
        });
    });
    store.resources(|r| r.raise = Some(interval));
}

/// Stops and lowers the heel.
pub fn stop(store: Store) {
    store.update(|s| {
        s.raise_playing = false;
        s.raise_height = 0;
    });
}

/// Plays if resting, stops if playing (the presenter's shortcut).
pub fn toggle(store: Store, reduced_motion: bool) {
    if store.read(|s| s.raise_playing) {
        stop(store);
    } else {
        play(store, reduced_motion);
    }
}

/// Which muscle the status line names as working at `degrees`.
fn status(text: &Text, degrees: u8) -> String {
    let share = knee::share(degrees.into());
    let working = if share.soleus >= share.gastrocnemius {
        Muscle::Soleus
    } else {
        Muscle::Gastrocnemius
    };
    fill(
        text.ui.heel_raise_status_template,
        &[("muscle", text.muscle(working).name)],
    )
}

/// The play button, or the stop button and the status line while playing.
pub fn render(html: &mut Html, text: &Text, playing: bool, degrees: u8) {
    html.open_with(
        "div",
        &[("class", "sol-raise"), ("data-playing", bool_text(playing))],
    );
    if playing {
        html.button("sol-button", "raise-stop", text.ui.heel_raise_stop)
            .element("p", "sol-raise__status", &status(text, degrees));
    } else {
        html.button(
            "sol-button sol-button--primary",
            "raise-play",
            text.ui.heel_raise_play,
        );
    }
    html.close("div");
}

/// Keeps the status line naming the working muscle while the knee moves.
pub fn update_status(dom: &Dom, text: &Text, degrees: u8) {
    dom.set_text(".sol-raise__status", &status(text, degrees));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heel_rises_holds_and_lowers_twice_then_rests() {
        assert_eq!(raise_at(0), 0);
        assert_eq!(raise_at(400), 50);
        assert_eq!(raise_at(1000), 100);
        assert_eq!(raise_at(1600), 50);
        assert_eq!(raise_at(2400), 50);
        assert_eq!(raise_at(TOTAL_MS), 0);
        const { assert!(TOTAL_MS <= 5000, "never longer than five seconds") };
    }
}
