//! Plays a heel raise at the current knee angle: the heel lifts and the working muscle
//! contracts. Two repetitions (4 s), so it never runs longer than 5 s, and the Stop button is
//! there the whole time. With reduced motion it shows the end position without moving.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::Words;
use crate::content::fill;
use crate::model::anatomy::Muscle;
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

/// The play and stop control with its status line.
#[component]
pub fn HeelRaise(
    /// The model's share, to name the working muscle.
    share: Memo<Share>,
    /// Heel height, 0–100, written here and drawn by the diagram.
    raise: RwSignal<u8>,
    /// Show the end position instead of animating.
    reduced_motion: bool,
) -> impl IntoView {
    let text = Words::get();
    let playing = RwSignal::new(false);
    let timer = StoredValue::new_local(None::<Interval>);
    // The interval is dropped here, outside its own callback, once playing stops.
    Effect::new(move |_| {
        if !playing.get() {
            timer.set_value(None);
        }
    });

    let play = move |_| {
        playing.set(true);
        if reduced_motion {
            raise.set(100);
            return;
        }
        let start = js_sys::Date::now();
        let interval = Interval::new(FRAME_MS, move || {
            let elapsed = (js_sys::Date::now() - start).max(0.0) as u32;
            raise.set(raise_at(elapsed));
            if elapsed >= TOTAL_MS {
                playing.set(false);
            }
        });
        timer.set_value(Some(interval));
    };
    let stop = move |_| {
        playing.set(false);
        raise.set(0);
    };
    let status = move || {
        let share = share.get();
        let working = if share.soleus >= share.gastrocnemius {
            Muscle::Soleus
        } else {
            Muscle::Gastrocnemius
        };
        fill(
            text.ui.heel_raise_status_template,
            &[("muscle", text.muscle(working).name)],
        )
    };

    view! {
        <div class="sol-raise" data-playing=move || playing.get().to_string()>
            <Show
                when=move || playing.get()
                fallback=move || view! {
                    <button type="button" class="sol-button sol-button--primary" on:click=play>
                        {text.ui.heel_raise_play}
                    </button>
                }
            >
                <button type="button" class="sol-button" on:click=stop>
                    {text.ui.heel_raise_stop}
                </button>
                <p class="sol-raise__status">{status}</p>
            </Show>
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
