//! A small drawing of each exercise's pose, made of the calf illustration's parts: the same
//! leg (skin and soleus) in the same pose model, with the chair, wall or step the exercise
//! uses. In the player it moves with the repetition's tempo.

use leptos::prelude::*;

use super::super::explorer::diagram::{skin, SOLEUS};
use crate::model::circuit::Exercise;
use crate::model::pose::{Pose, FRAME, GROUND_Y};

/// What the leg rests on or against besides the floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prop {
    /// A chair seat under the thigh.
    Chair,
    /// A wall behind the thigh.
    Wall,
    /// A step under the forefoot, the heel over the edge.
    Step,
    /// The floor only.
    Floor,
}

/// The knee angle and prop of each exercise's pose.
fn stance(exercise: Exercise) -> (u8, Prop) {
    match exercise {
        Exercise::SeatedHeelRaise => (90, Prop::Chair),
        Exercise::BentKneeHeelRaise => (25, Prop::Floor),
        Exercise::WallSitHeelRaise => (90, Prop::Wall),
        Exercise::StepHeelRaise => (20, Prop::Step),
        Exercise::BentKneeHold => (25, Prop::Floor),
    }
}

/// How far below the floor line the ground under a step lies, in drawing units.
const STEP_HEIGHT: i32 = 64;

/// The prop's shapes, in the drawing's coordinates.
fn prop_path(prop: Prop) -> &'static str {
    match prop {
        Prop::Chair => "M-6 -236H124V-222H-6ZM100 -222H112V66H100Z",
        Prop::Wall => "M114 -432H124V66H114Z",
        Prop::Step => "M-214 66H-138V130H-214Z",
        Prop::Floor => "",
    }
}

/// The picture of `exercise` with the heel at `raise` (0 down, 100 at the top).
#[component]
pub fn ExercisePicture(
    /// Which exercise.
    exercise: Exercise,
    /// Heel height, 0–100.
    #[prop(into)]
    raise: Signal<u8>,
    /// The text alternative.
    alt: &'static str,
) -> impl IntoView {
    let (knee, prop) = stance(exercise);
    let pose = Memo::new(move |_| Pose::new(knee, raise.get()));
    let thigh = Memo::new(move |_| pose.with(Pose::thigh_transform));
    let shank = Memo::new(move |_| pose.with(Pose::shank_transform));
    let foot = Memo::new(move |_| pose.with(Pose::foot_transform));
    let (left, top, width, mut height) = FRAME;
    let mut ground = GROUND_Y;
    if prop == Prop::Step {
        height += STEP_HEIGHT;
        ground += STEP_HEIGHT;
    }
    view! {
        <svg
            class="sol-picture"
            viewBox=format!("{left} {top} {width} {height}")
            role="img"
            aria-label=alt
        >
            <path class="sol-picture__prop" d=prop_path(prop)/>
            <path class="sol-diagram__ground" d=format!("M{left} {ground}h{width}")/>
            {skin(thigh, shank, foot, "sol-diagram__skin-edge")}
            {skin(thigh, shank, foot, "sol-diagram__skin")}
            <path class="sol-picture__soleus" transform=shank d=SOLEUS/>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bent_knee_exercises_are_drawn_with_the_knee_bent() {
        for exercise in Exercise::ALL {
            let (knee, _) = stance(exercise);
            assert!(knee >= 20, "{exercise:?} keeps the knee bent");
        }
        assert_eq!(stance(Exercise::SeatedHeelRaise), (90, Prop::Chair));
    }
}
