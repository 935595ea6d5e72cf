//! Plays a heel raise at the current knee angle: the heel lifts onto the forefoot, the body
//! rises and the working muscles contract. Two repetitions (4 s), so it never runs longer than 5 s, and the Stop button is
//! there the whole time. With reduced motion it shows the end position without moving.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::super::browser::now_ms;

use super::super::words::Words;
use super::share_meter::sentence;
use crate::content::fill;
use crate::model::knee::Share;

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

/// The heel-raise animation's state and timer, owned by the widget (the presenter's `H` key
/// plays it too).
#[derive(Clone, Copy)]
pub struct HeelRaiseAnimation {
    /// Heel height, 0–100.
    pub height: RwSignal<u8>,
    /// Whether a raise is playing (or, with reduced motion, shown).
    pub playing: RwSignal<bool>,
    timer: StoredValue<Option<Interval>, LocalStorage>,
    reduced_motion: bool,
}

impl HeelRaiseAnimation {
    /// An animation at rest, owned by the current reactive owner (unmounting stops it).
    pub fn new(reduced_motion: bool) -> HeelRaiseAnimation {
        let animation = HeelRaiseAnimation {
            height: RwSignal::new(0),
            playing: RwSignal::new(false),
            timer: StoredValue::new_local(None),
            reduced_motion,
        };
        // The frame timer is dropped here, when playing stops, never from inside its own
        // callback.
        Effect::new(move |_| {
            if !animation.playing.get() {
                animation.timer.set_value(None);
            }
        });
        animation
    }

    /// Plays two repetitions, or shows the raised heel at once with reduced motion.
    pub fn play(self) {
        self.playing.set(true);
        if self.reduced_motion {
            self.height.set(100);
            return;
        }
        let start = now_ms();
        let (height, playing) = (self.height, self.playing);
        self.timer.set_value(Some(Interval::new(FRAME_MS, move || {
            let elapsed = (now_ms() - start).max(0.0) as u32;
            height.set(raise_at(elapsed));
            if elapsed >= TOTAL_MS {
                playing.set(false);
            }
        })));
    }

    /// Stops and lowers the heel.
    pub fn stop(self) {
        self.playing.set(false);
        self.height.set(0);
    }

    /// Plays if resting, stops if playing.
    pub fn toggle(self) {
        if self.playing.get_untracked() {
            self.stop();
        } else {
            self.play();
        }
    }
}

/// The play button, or the stop button and a line naming the working muscle while playing.
#[component]
pub fn HeelRaise(
    /// The model's share at the current knee angle.
    #[prop(into)]
    share: Signal<Share>,
    /// Whether a raise is playing.
    #[prop(into)]
    playing: Signal<bool>,
    /// Starts a raise.
    #[prop(into)]
    on_play: Callback<()>,
    /// Stops it.
    #[prop(into)]
    on_stop: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    // The model's own sentence: both muscles with a straight knee, mostly the soleus bent.
    let status = move || {
        fill(
            text.ui.heel_raise_status_template,
            &[("sentence", &share.with(|s| sentence(text, s)))],
        )
    };
    // Focus stays on the control the person used: the one button swaps its words.
    view! {
        <div class="sol-raise" data-playing=move || playing.get().to_string()>
            <button
                type="button"
                class="sol-button"
                class:sol-button--primary=move || !playing.get()
                on:click=move |_| if playing.get_untracked() { on_stop.run(()) } else { on_play.run(()) }
            >
                {move || if playing.get() { text.ui.heel_raise_stop } else { text.ui.heel_raise_play }}
            </button>
            {move || playing.get().then(|| view! { <p class="sol-raise__status">{status}</p> })}
        </div>
    }
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
