//! One widget's state, in one signal.
//!
//! Everything the widget shows is a field of [`WidgetState`]. Interactions and timers change
//! it through [`Store::update`]; one effect per widget compares the new state with the one it
//! last drew and changes only what differs (see `widget::sync`). One signal and one effect,
//! rather than one per field, keep the module small: every signal type and every effect is
//! compiled into code of its own.

use gloo_timers::callback::{Interval, Timeout};
use leptos::prelude::*;

use crate::model::anatomy::Muscle;
use crate::model::circuit::Recommendation;
use crate::model::quiz::QuizState;
use crate::model::session::Session;

/// Everything one widget shows.
#[derive(Clone, PartialEq)]
pub struct WidgetState {
    /// Knee bend, degrees.
    pub knee_degrees: u8,
    /// The muscle whose card is open.
    pub selected: Option<Muscle>,
    /// Whether the gastrocnemius is faded to show the soleus beneath.
    pub deep_layer: bool,
    /// Heel height in the heel-raise animation, 0–100.
    pub raise_height: u8,
    /// Whether a heel raise is playing (or, with reduced motion, shown).
    pub raise_playing: bool,
    /// Presenter mode, and its help panel.
    pub presenting: bool,
    pub help: bool,
    /// The quiz's answers and step.
    pub quiz: QuizState,
    /// Whether the person asked to keep their answers on this device.
    pub remember: bool,
    /// A message about a link or saved answers that could not be used.
    pub notice: Option<&'static str>,
    /// The heel-raise self-test: running, raises counted, metronome light on.
    pub testing: bool,
    pub counted: u16,
    pub beat: bool,
    /// The guided circuit, while the player is open.
    pub session: Option<Session>,
    /// The circuit the player plays.
    pub plan: Option<Recommendation>,
}

/// Timers and devices a widget holds while it is mounted; dropping them stops them.
#[derive(Default)]
pub struct Resources {
    /// Heel-raise animation frames.
    pub raise: Option<Interval>,
    /// The self-test's metronome.
    pub metronome: Option<Interval>,
    /// The player's clock.
    pub player: Option<Interval>,
    /// When the player's clock last ticked (`performance.now()`).
    pub last_tick_ms: f64,
    /// Sound cues for the player, once the person turns them on.
    pub audio: Option<web_sys::AudioContext>,
    pub sound: bool,
    /// The screen-reader announcement waiting for the knee to rest.
    pub announce: Option<Timeout>,
    /// The result's plan, drawn one task after its summary.
    pub plan: Option<Timeout>,
}

/// A handle on one widget's state and resources; copied freely into listeners and timers.
#[derive(Clone, Copy)]
pub struct Store {
    state: RwSignal<WidgetState>,
    resources: StoredValue<Resources, LocalStorage>,
}

impl Store {
    /// A store owned by the current reactive owner: cleaning that owner up drops the
    /// resources, which stops every timer.
    pub fn new(state: WidgetState) -> Store {
        Store {
            state: RwSignal::new(state),
            resources: StoredValue::new_local(Resources::default()),
        }
    }

    /// Changes the state; the widget's effect then redraws what changed.
    pub fn update(self, change: impl FnOnce(&mut WidgetState)) {
        self.state.update(change);
    }

    /// Reads the state without subscribing.
    pub fn read<T>(self, read: impl FnOnce(&WidgetState) -> T) -> T {
        self.state.with_untracked(read)
    }

    /// A copy of the state, subscribing the running effect to every change.
    pub fn track(self) -> WidgetState {
        self.state.get()
    }

    /// Changes the resources (starts or stops a timer). After the widget is unmounted
    /// there is nothing to change, and the default comes back.
    pub fn resources<T: Default>(self, change: impl FnOnce(&mut Resources) -> T) -> T {
        self.resources.try_update_value(change).unwrap_or_default()
    }
}
