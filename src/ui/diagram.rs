//! The calf diagram: the lower leg seen from the side (facing left, calf to the right),
//! bending at the knee.
//!
//! Only what changes is reactive: the lower leg's rotation, the gastrocnemius outline (its
//! origin is fixed on the thigh while its insertion swings with the shin, so it visibly
//! slackens), its strength, the foot's heel-raise angle and the selection classes. Moving the
//! knee never re-renders the drawing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Words;
use crate::model::anatomy::Muscle;
use crate::model::knee::{self, Share};

/// Knee joint centre in the drawing's coordinates; the lower leg rotates about it.
const KNEE: (i32, i32) = (140, 150);
/// Ankle joint centre, before the knee bends; the foot rotates about it in a heel raise.
const ANKLE: (i32, i32) = (132, 368);
/// The drawing's visible area (`viewBox`): it starts left of the thigh and leaves room on the
/// right for the lower leg to swing back to 110°.
const VIEW_LEFT: f64 = 30.0;
const VIEW_WIDTH: f64 = 400.0;
const VIEW_HEIGHT: f64 = 420.0;
/// How far the foot points down at the top of a heel raise, degrees.
const HEEL_RAISE_DEGREES: i32 = 28;

/// The gastrocnemius outline: two fixed points on the back of the thigh, the rest in the
/// shin's coordinates (rotated with the knee).
const GASTROCNEMIUS_TOP_OUTER: (i32, i32) = (170, 112);
const GASTROCNEMIUS_TOP_INNER: (i32, i32) = (150, 128);
const GASTROCNEMIUS_SHIN: [(i32, i32); 6] = [
    (198, 196), // outer belly, upper control
    (192, 266), // outer belly, lower control
    (160, 306), // outer edge meets the tendon
    (150, 306), // inner edge meets the tendon
    (152, 250), // inner edge, lower control
    (150, 190), // inner edge, upper control
];

/// `point` rotated about the knee as the knee bends `degrees` (the foot swings back, to the
/// right of the drawing).
pub fn rotate_about_knee(point: (i32, i32), degrees: u8) -> (i32, i32) {
    let radians = f32::from(degrees).to_radians();
    let (sin, cos) = (radians.sin(), radians.cos());
    let dx = (point.0 - KNEE.0) as f32;
    let dy = (point.1 - KNEE.1) as f32;
    let x = dx * cos + dy * sin;
    let y = -dx * sin + dy * cos;
    (KNEE.0 + x.round() as i32, KNEE.1 + y.round() as i32)
}

/// The gastrocnemius outline as an SVG path for a knee bent `degrees`.
pub fn gastrocnemius_path(degrees: u8) -> String {
    let p = GASTROCNEMIUS_SHIN.map(|point| rotate_about_knee(point, degrees));
    let (to, ti) = (GASTROCNEMIUS_TOP_OUTER, GASTROCNEMIUS_TOP_INNER);
    format!(
        "M{} {} C{} {} {} {} {} {} L{} {} C{} {} {} {} {} {} Z",
        to.0,
        to.1,
        p[0].0,
        p[0].1,
        p[1].0,
        p[1].1,
        p[2].0,
        p[2].1,
        p[3].0,
        p[3].1,
        p[4].0,
        p[4].1,
        p[5].0,
        p[5].1,
        ti.0,
        ti.1
    )
}

/// The knee angle a pointer at (`x`, `y`), in the drawing's coordinates, asks for: the angle
/// of the line from the knee to the pointer, measured from straight down, clamped to 0–110°.
pub fn knee_angle_at(x: f64, y: f64) -> u8 {
    let dx = x - f64::from(KNEE.0);
    let dy = y - f64::from(KNEE.1);
    let degrees = dx.atan2(dy).to_degrees().round();
    knee::clamp_degrees(degrees as i32)
}

/// Converts a pointer event to the drawing's coordinates and then to a knee angle.
fn angle_from_pointer(event: &web_sys::PointerEvent) -> Option<u8> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let svg = target.closest("svg").ok()??;
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    // The drawing keeps its aspect ratio ("meet"), centred in the element's box.
    let scale = (VIEW_WIDTH / rect.width()).max(VIEW_HEIGHT / rect.height());
    let offset_x = (rect.width() - VIEW_WIDTH / scale) / 2.0;
    let offset_y = (rect.height() - VIEW_HEIGHT / scale) / 2.0;
    let x = VIEW_LEFT + (f64::from(event.client_x()) - rect.left() - offset_x) * scale;
    let y = (f64::from(event.client_y()) - rect.top() - offset_y) * scale;
    Some(knee_angle_at(x, y))
}

/// A side view of the leg whose lower part follows the knee angle.
#[component]
pub fn CalfDiagram(
    /// The model's share at the current angle: its angle bends the leg, its capacities shade
    /// the muscles.
    share: Memo<Share>,
    /// Sets the knee angle when the foot is dragged.
    set_knee_degrees: WriteSignal<u8>,
    /// The selected muscle, if any.
    selected: RwSignal<Option<Muscle>>,
    /// Whether the gastrocnemius is faded to show the deep layer.
    deep_layer: ReadSignal<bool>,
    /// Heel-raise progress, 0 (heel down) to 100 (heel fully up).
    raise: ReadSignal<u8>,
) -> impl IntoView {
    let text = Words::get();
    let degrees = move || share.get().knee_degrees;
    let lower_leg_transform =
        move || format!("rotate({} {} {})", -i32::from(degrees()), KNEE.0, KNEE.1);
    let foot_transform = move || {
        let angle = -HEEL_RAISE_DEGREES * i32::from(raise.get()) / 100;
        format!("rotate({angle} {} {})", ANKLE.0, ANKLE.1)
    };
    let gastrocnemius_d = move || gastrocnemius_path(degrees());
    let gastrocnemius_strength = move || share.get().gastrocnemius_capacity_percent().to_string();
    let is_selected = move |muscle| move || selected.get() == Some(muscle);
    let dragging = RwSignal::new(false);
    let soleus_working = Signal::derive(move || raise.get() > 0);
    let gastrocnemius_working = Signal::derive(move || {
        raise.get() > 0 && share.get().gastrocnemius_capacity_percent() >= 50
    });

    let on_pointer_down = move |event: web_sys::PointerEvent| {
        if let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        dragging.set(true);
        if let Some(angle) = angle_from_pointer(&event) {
            set_knee_degrees.set(angle);
        }
    };
    let on_pointer_move = move |event: web_sys::PointerEvent| {
        if dragging.get_untracked() {
            if let Some(angle) = angle_from_pointer(&event) {
                set_knee_degrees.set(angle);
            }
        }
    };
    let on_pointer_up = move |_: web_sys::PointerEvent| dragging.set(false);

    view! {
        <figure class="sol-diagram">
            <svg
                class="sol-diagram__svg"
                viewBox="30 0 400 420"
                role="img"
                aria-labelledby="sol-diagram-title sol-diagram-desc"
            >
                <title id="sol-diagram-title">{text.ui.diagram_label}</title>
                <desc id="sol-diagram-desc">{text.ui.diagram_description}</desc>
                <defs>
                    <pattern id="sol-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="7" class="sol-diagram__hatch"/>
                    </pattern>
                    <pattern id="sol-dots" width="8" height="8" patternUnits="userSpaceOnUse">
                        <circle cx="4" cy="4" r="1.4" class="sol-diagram__dot"/>
                    </pattern>
                </defs>
                // Thigh, femur, patella: fixed.
                <path class="sol-diagram__skin" d="M100 0 H182 C186 60 180 112 170 152 H108 C102 112 96 60 100 0 Z"/>
                <path class="sol-diagram__bone" d="M142 0 L140 136"/>
                <g class="sol-diagram__lower-leg" transform=lower_leg_transform>
                    <path class="sol-diagram__skin" d="M110 150 C104 220 110 300 118 356 L150 360 C168 300 198 220 172 150 Z"/>
                    <path class="sol-diagram__bone" d="M124 162 L122 358"/>
                    <path class="sol-diagram__bone sol-diagram__bone--thin" d="M152 168 L146 350"/>
                    <g
                        class="sol-diagram__muscle sol-diagram__muscle--soleus"
                        class:is-selected=is_selected(Muscle::Soleus)
                        class:is-working=soleus_working
                        on:click=move |_| selected.set(Some(Muscle::Soleus))
                    >
                        <path d="M144 176 C186 214 186 294 162 338 C156 346 152 348 148 348 C140 300 134 230 144 176 Z"/>
                        <path class="sol-diagram__pattern" fill="url(#sol-dots)" d="M144 176 C186 214 186 294 162 338 C156 346 152 348 148 348 C140 300 134 230 144 176 Z"/>
                    </g>
                    <path class="sol-diagram__tendon" d="M156 300 C154 330 152 352 152 378"/>
                    <g class="sol-diagram__foot" transform=foot_transform>
                        <path class="sol-diagram__skin" d="M116 352 L166 358 C172 380 168 400 152 404 H44 C30 404 28 390 40 386 C70 378 100 372 116 352 Z"/>
                        <ellipse class="sol-diagram__heel-bone" cx="152" cy="386" rx="15" ry="10"/>
                    </g>
                    <circle
                        class="sol-diagram__handle"
                        cx="132"
                        cy="372"
                        r="16"
                        on:pointerdown=on_pointer_down
                        on:pointermove=on_pointer_move
                        on:pointerup=on_pointer_up
                        on:pointercancel=on_pointer_up
                    />
                </g>
                <g
                    class="sol-diagram__muscle sol-diagram__muscle--gastrocnemius"
                    class:is-selected=is_selected(Muscle::Gastrocnemius)
                    class:is-faded=move || deep_layer.get()
                    class:is-working=gastrocnemius_working
                    style:--sol-strength=gastrocnemius_strength
                    on:click=move |_| selected.set(Some(Muscle::Gastrocnemius))
                >
                    <path d=gastrocnemius_d/>
                    <path class="sol-diagram__pattern" fill="url(#sol-hatch)" d=gastrocnemius_d/>
                </g>
                <circle class="sol-diagram__knee" cx=KNEE.0 cy=KNEE.1 r="12"/>
                <ellipse class="sol-diagram__bone-fill" cx="104" cy="150" rx="7" ry="12"/>
            </svg>
            <figcaption class="sol-diagram__legend">
                <span class="sol-diagram__key sol-diagram__key--gastrocnemius">{text.muscle(Muscle::Gastrocnemius).name}</span>
                <span class="sol-diagram__key sol-diagram__key--soleus">{text.muscle(Muscle::Soleus).name}</span>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_knee_leaves_points_where_they_are() {
        assert_eq!(rotate_about_knee((160, 306), 0), (160, 306));
    }

    #[test]
    fn bending_the_knee_swings_the_shin_backwards() {
        let ankle = rotate_about_knee(ANKLE, 90);
        assert!(
            ankle.0 > KNEE.0 + 150,
            "the ankle moves behind the knee: {ankle:?}"
        );
        assert!(
            (ankle.1 - KNEE.1).abs() <= 10,
            "level with the knee at 90°: {ankle:?}"
        );
    }

    #[test]
    fn the_pointer_angle_is_measured_from_straight_down_and_clamped() {
        assert_eq!(knee_angle_at(140.0, 400.0), 0);
        assert_eq!(knee_angle_at(400.0, 150.0), 90);
        assert_eq!(knee_angle_at(300.0, 0.0), 110);
        assert_eq!(knee_angle_at(0.0, 400.0), 0);
    }

    #[test]
    fn the_gastrocnemius_keeps_its_origin_on_the_thigh() {
        assert!(gastrocnemius_path(0).starts_with("M170 112 "));
        assert!(gastrocnemius_path(90).starts_with("M170 112 "));
        assert_ne!(gastrocnemius_path(0), gastrocnemius_path(90));
    }
}
