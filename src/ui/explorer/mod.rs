//! The calf explorer: the drawing, the knee control, the share meter, the heel raise, the
//! muscle cards and the comparison table.

pub mod compare;
pub mod diagram;
pub mod heel_raise;
pub mod knee_control;
pub mod load_calculator;
pub mod muscle_card;
pub mod share_meter;
