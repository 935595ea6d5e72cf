//! A small drawing of each exercise: a whole person in the exercise's pose (see
//! [`crate::model::figure`]) with the chair, wall or step it uses, and the working soleus
//! marked in the illustration's colour. In the player it moves with the repetition's tempo.

use leptos::prelude::*;

use super::super::drawing;
use super::super::words::{exercise_words, Words};
use crate::model::circuit::Prescription;
use crate::model::figure::{single_leg_variant, stance, Joints, Part};

/// The body's parts, for one of its two layers: an outline, then the fill, so the parts
/// join without seams as the illustration's skin does. `d` gives a part's path data.
pub(crate) fn body<D: Fn() -> String + Send + Sync + 'static>(
    d: impl Fn(Part) -> D,
    class: &'static str,
) -> impl IntoView {
    view! {
        <g class=class>
            <path class="sol-figure__limb sol-figure__far" d=d(Part::OtherLeg)/>
            <path class="sol-figure__trunk" d=d(Part::Trunk)/>
            <path class="sol-figure__head" d=d(Part::Head)/>
            <path class="sol-figure__limb" d=d(Part::Limbs)/>
        </g>
    }
}

/// The picture of an exercise as prescribed (on one leg where it is done one leg at a time),
/// with the heel at `raise` (0 at the bottom of a repetition, 100 at the top), and the pose in
/// words as its text alternative.
#[component]
pub fn ExercisePicture(
    /// The exercise and whether it is done on each leg in turn.
    prescription: Prescription,
    /// Heel height, 0–100.
    #[prop(into)]
    raise: Signal<u8>,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let (exercise, each_leg) = (prescription.exercise, prescription.each_leg);
    let mut alt = exercise_words(Words::quiz(), exercise).picture.to_string();
    if single_leg_variant(exercise, each_leg) {
        alt.push(' ');
        alt.push_str(quiz_ui.picture_one_leg);
    }
    let stance = stance(exercise, each_leg);
    // Every part's path from the pose, recomputed per frame (a few dozen integer operations):
    // one closure type for all the parts, so the renderer's attribute code is built once.
    let d =
        move |part: Part| move || drawing::figure_path(&Joints::new(&stance, raise.get()), part);

    view! {
        <svg
            class="sol-picture"
            viewBox=drawing::figure_view_box(&stance)
            role="img"
            aria-label=alt
        >
            <path class="sol-figure__support" d=drawing::props_path(&stance)/>
            {body(d, "sol-figure__edge")}
            {body(d, "sol-figure__body")}
            <path class="sol-figure__soleus" d=d(Part::Soleus)/>
        </svg>
    }
}
