//! One widget's state, in one place.
//!
//! Everything the widget shows is a field of [`WidgetState`]. Interactions and timers change
//! it through [`Store::update`], which then hands the state before and after to the widget's
//! redraw function (`widget::sync`); that changes only what differs on screen.
//!
//! The state and the widget's timers live in the widget's Leptos reactive owner, so unmounting
//! a widget drops them and stops every timer. The redraw is called directly rather than from
//! reactive effects: effects run on an async executor, and that machinery alone would cost a
//! tenth of the module's size budget.

use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use reactive_graph::owner::{LocalStorage, StoredValue};
use reactive_graph::traits::*;

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

/// Redraws the widget from the first state to the second.
pub type Redraw = Rc<dyn Fn(Store, &WidgetState, &WidgetState)>;

/// A handle on one widget's state and resources; copied freely into listeners and timers.
#[derive(Clone, Copy)]
pub struct Store {
    state: StoredValue<WidgetState>,
    resources: StoredValue<Resources, LocalStorage>,
    redraw: StoredValue<Option<Redraw>, LocalStorage>,
}

impl Store {
    /// A store owned by the current reactive owner: cleaning that owner up drops the state
    /// and the resources, which stops every timer.
    pub fn new(state: WidgetState) -> Store {
        Store {
            state: StoredValue::new(state),
            resources: StoredValue::new_local(Resources::default()),
            redraw: StoredValue::new_local(None),
        }
    }

    /// Sets the function that brings the screen in step after every change.
    pub fn on_change(self, redraw: Redraw) {
        self.redraw.set_value(Some(redraw));
    }

    /// Changes the state, then redraws what changed. A redraw may change the state again
    /// (a refused save turns remembering off); no borrow is held while it runs.
    pub fn update(self, change: impl FnOnce(&mut WidgetState)) {
        let Some(before) = self.state.try_get_value() else {
            return;
        };
        self.state.update_value(change);
        let now = self.state.get_value();
        if now != before {
            if let Some(redraw) = self.redraw.try_get_value().flatten() {
                redraw(self, &before, &now);
            }
        }
    }

    /// Reads the state.
    pub fn read<T: Default>(self, read: impl FnOnce(&WidgetState) -> T) -> T {
        self.state.try_with_value(read).unwrap_or_default()
    }

    /// Changes the resources (starts or stops a timer). After the widget is unmounted
    /// there is nothing to change, and the default comes back.
    pub fn resources<T: Default>(self, change: impl FnOnce(&mut Resources) -> T) -> T {
        self.resources.try_update_value(change).unwrap_or_default()
    }
}
