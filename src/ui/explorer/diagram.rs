//! The calf diagram: the lower leg seen from the side (facing left, calf to the right),
//! bending at the knee.
//!
//! The drawing is a `view!` of SVG parts; only what moves is reactive: the lower leg's
//! rotation, the gastrocnemius outline (its origin stays on the thigh while its insertion
//! swings with the shin, so it visibly slackens) and strength, the foot in a heel raise, and
//! the selection and fading classes.

use leptos::prelude::*;
use leptos::svg;

use super::super::instance::Instance;
use super::super::words::{muscle_tag, muscle_words, Words};
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

/// sin and cos of whole degrees 0–180, times 10000, from the build-time table.
fn sin_cos_x10000(degrees: u8) -> (i32, i32) {
    let table = |d: u8| i32::from(crate::tables::SINE_X10000[usize::from(d.min(90))]);
    let d = degrees.min(180);
    if d <= 90 {
        (table(d), table(90 - d))
    } else {
        (table(180 - d), -table(d - 90))
    }
}

/// `point` rotated about the knee as the knee bends `degrees` (the foot swings back, to the
/// right of the drawing).
pub fn rotate_about_knee(point: (i32, i32), degrees: u8) -> (i32, i32) {
    let (sin, cos) = sin_cos_x10000(degrees);
    let dx = point.0 - KNEE.0;
    let dy = point.1 - KNEE.1;
    let x = dx * cos + dy * sin;
    let y = -dx * sin + dy * cos;
    // Divide by 10000, rounding to the nearest pixel.
    let round = |v: i32| (v + 5000 * v.signum()) / 10000;
    (KNEE.0 + round(x), KNEE.1 + round(y))
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
    // In front of the knee (left of it) means straight.
    if dx < 0.0 {
        return 0;
    }
    // The allowed angle whose direction points most nearly at the pointer; beyond the range
    // that is its nearer end, so the result is clamped as well.
    (knee::MIN_KNEE_DEGREES..=knee::MAX_KNEE_DEGREES)
        .max_by(|&a, &b| {
            let along = |d: u8| {
                let (sin, cos) = sin_cos_x10000(d);
                dx * f64::from(sin) + dy * f64::from(cos)
            };
            along(a).total_cmp(&along(b))
        })
        .unwrap_or(0)
}

/// Converts a pointer position to the drawing's coordinates and then to a knee angle.
pub fn angle_from_pointer(svg: &web_sys::Element, client_x: i32, client_y: i32) -> Option<u8> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    // The drawing keeps its aspect ratio ("meet"), centred in the element's box.
    let scale = (VIEW_WIDTH / rect.width()).max(VIEW_HEIGHT / rect.height());
    let offset_x = (rect.width() - VIEW_WIDTH / scale) / 2.0;
    let offset_y = (rect.height() - VIEW_HEIGHT / scale) / 2.0;
    let x = VIEW_LEFT + (f64::from(client_x) - rect.left() - offset_x) * scale;
    let y = (f64::from(client_y) - rect.top() - offset_y) * scale;
    Some(knee_angle_at(x, y))
}

fn lower_leg_transform(degrees: u8) -> String {
    format!("rotate({} {} {})", -i32::from(degrees), KNEE.0, KNEE.1)
}

fn foot_transform(raise: u8) -> String {
    let angle = -HEEL_RAISE_DEGREES * i32::from(raise) / 100;
    format!("rotate({angle} {} {})", ANKLE.0, ANKLE.1)
}

/// The soleus outline, in the shin's coordinates.
const SOLEUS_PATH: &str =
    "M144 176 C186 214 186 294 162 338 C156 346 152 348 148 348 C140 300 134 230 144 176 Z";

/// The side view of the leg with the knee bent `share.knee_degrees`, a legend, and the
/// handle that drags the foot. Muscles are told apart by pattern as well as colour; clicking
/// one selects it.
#[component]
pub fn CalfDiagram(
    /// The model's share at the current knee angle (it carries the angle).
    #[prop(into)]
    share: Signal<Share>,
    /// Heel height in a heel raise, 0 (down) to 100 (up).
    #[prop(into)]
    raise: Signal<u8>,
    /// The selected muscle, if any.
    #[prop(into)]
    selected: Signal<Option<Muscle>>,
    /// Whether the gastrocnemius is faded to show the soleus beneath.
    #[prop(into)]
    deep_layer: Signal<bool>,
    /// Called with a new knee angle while the foot is dragged.
    #[prop(into)]
    on_knee: Callback<u8>,
    /// Called when a muscle in the drawing is clicked.
    #[prop(into)]
    on_select: Callback<Muscle>,
) -> impl IntoView {
    let text = Words::get();
    let instance = Instance::get();
    let (title_id, desc_id) = (instance.id("diagram-title"), instance.id("diagram-desc"));
    let (hatch_id, dots_id) = (instance.id("hatch"), instance.id("dots"));
    let hatch_fill = format!("url(#{hatch_id})");
    let dots_fill = format!("url(#{dots_id})");
    let labelled_by = format!("{title_id} {desc_id}");

    let degrees = move || share.with(|s| s.knee_degrees);
    let gastrocnemius = Memo::new(move |_| gastrocnemius_path(share.with(|s| s.knee_degrees)));
    let strength = move || share.with(Share::gastrocnemius_capacity_percent);
    let raised = move || raise.get() > 0;

    let svg_ref = NodeRef::<svg::Svg>::new();
    let dragging = StoredValue::new(false);
    let drag_to = move |event: &web_sys::PointerEvent| {
        let angle = svg_ref
            .get_untracked()
            .and_then(|svg| angle_from_pointer(&svg, event.client_x(), event.client_y()));
        if let Some(angle) = angle {
            on_knee.run(angle);
        }
    };

    view! {
        <figure class="sol-diagram">
            <svg
                node_ref=svg_ref
                class="sol-diagram__svg"
                viewBox="30 0 400 420"
                role="img"
                aria-labelledby=labelled_by
            >
                <title id=title_id>{text.ui.diagram_label}</title>
                <desc id=desc_id>{text.ui.diagram_description}</desc>
                <defs>
                    <pattern id=hatch_id width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="7" class="sol-diagram__hatch"/>
                    </pattern>
                    <pattern id=dots_id width="8" height="8" patternUnits="userSpaceOnUse">
                        <circle cx="4" cy="4" r="1.4" class="sol-diagram__dot"/>
                    </pattern>
                </defs>
                // Thigh and femur: fixed.
                <path class="sol-diagram__skin" d="M100 0 H182 C186 60 180 112 170 152 H108 C102 112 96 60 100 0 Z"/>
                <path class="sol-diagram__bone" d="M142 0 L140 136"/>
                <g class="sol-diagram__lower-leg" transform=move || lower_leg_transform(degrees())>
                    <path class="sol-diagram__skin" d="M110 150 C104 220 110 300 118 356 L150 360 C168 300 198 220 172 150 Z"/>
                    <path class="sol-diagram__bone" d="M124 162 L122 358"/>
                    <path class="sol-diagram__bone sol-diagram__bone--thin" d="M152 168 L146 350"/>
                    <g
                        class="sol-diagram__muscle sol-diagram__muscle--soleus"
                        class:is-working=raised
                        class:is-selected=move || selected.get() == Some(Muscle::Soleus)
                        on:click=move |_| on_select.run(Muscle::Soleus)
                    >
                        <path d=SOLEUS_PATH/>
                        <path class="sol-diagram__pattern" fill=dots_fill d=SOLEUS_PATH/>
                    </g>
                    <path class="sol-diagram__tendon" d="M156 300 C154 330 152 352 152 378"/>
                    <g class="sol-diagram__foot" transform=move || foot_transform(raise.get())>
                        <path class="sol-diagram__skin" d="M116 352 L166 358 C172 380 168 400 152 404 H44 C30 404 28 390 40 386 C70 378 100 372 116 352 Z"/>
                        <ellipse class="sol-diagram__heel-bone" cx="152" cy="386" rx="15" ry="10"/>
                    </g>
                    <circle
                        class="sol-diagram__handle"
                        cx="132"
                        cy="372"
                        r="16"
                        on:pointerdown=move |event: web_sys::PointerEvent| {
                            // Captured, the drag keeps going when the pointer leaves the handle.
                            let handle: web_sys::Element = event_target(&event);
                            let _ = handle.set_pointer_capture(event.pointer_id());
                            dragging.set_value(true);
                            drag_to(&event);
                        }
                        on:pointermove=move |event: web_sys::PointerEvent| {
                            if dragging.get_value() {
                                drag_to(&event);
                            }
                        }
                        on:pointerup=move |_| dragging.set_value(false)
                        on:pointercancel=move |_| dragging.set_value(false)
                    />
                </g>
                <g
                    class="sol-diagram__muscle sol-diagram__muscle--gastrocnemius"
                    class:is-faded=move || deep_layer.get()
                    class:is-working=move || { raised() && strength() >= 50 }
                    class:is-selected=move || selected.get() == Some(Muscle::Gastrocnemius)
                    style:--sol-strength=move || strength().to_string()
                    on:click=move |_| on_select.run(Muscle::Gastrocnemius)
                >
                    <path d=gastrocnemius/>
                    <path class="sol-diagram__pattern" fill=hatch_fill d=gastrocnemius/>
                </g>
                <circle class="sol-diagram__knee" cx="140" cy="150" r="12"/>
                <ellipse class="sol-diagram__bone-fill" cx="104" cy="150" rx="7" ry="12"/>
            </svg>
            <figcaption class="sol-diagram__legend">
                {Muscle::ALL.iter().rev().map(|muscle| {
                    let class = format!("sol-diagram__key sol-diagram__key--{}", muscle_tag(*muscle));
                    view! { <span class=class>{muscle_words(text, *muscle).name}</span> }
                }).collect_view()}
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
    fn the_tabulated_rotation_matches_the_trigonometry() {
        for degrees in 0..=110u8 {
            let radians = f64::from(degrees).to_radians();
            let (sin, cos) = sin_cos_x10000(degrees);
            assert!((f64::from(sin) / 10000.0 - radians.sin()).abs() < 1e-4);
            assert!((f64::from(cos) / 10000.0 - radians.cos()).abs() < 1e-4);
            for point in GASTROCNEMIUS_SHIN {
                let (dx, dy) = (f64::from(point.0 - KNEE.0), f64::from(point.1 - KNEE.1));
                let x = f64::from(KNEE.0) + dx * radians.cos() + dy * radians.sin();
                let y = f64::from(KNEE.1) - dx * radians.sin() + dy * radians.cos();
                let (rx, ry) = rotate_about_knee(point, degrees);
                assert!((f64::from(rx) - x).abs() <= 0.51, "{point:?} at {degrees}°");
                assert!((f64::from(ry) - y).abs() <= 0.51, "{point:?} at {degrees}°");
            }
        }
    }

    #[test]
    fn the_pointer_angle_matches_the_arctangent_within_the_range() {
        for degrees in 0..=110u8 {
            let radians = f64::from(degrees).to_radians();
            let (x, y) = (
                f64::from(KNEE.0) + 200.0 * radians.sin(),
                f64::from(KNEE.1) + 200.0 * radians.cos(),
            );
            assert_eq!(knee_angle_at(x, y), degrees);
        }
    }

    #[test]
    fn the_gastrocnemius_keeps_its_origin_on_the_thigh() {
        assert!(gastrocnemius_path(0).starts_with("M170 112 "));
        assert!(gastrocnemius_path(90).starts_with("M170 112 "));
        assert_ne!(gastrocnemius_path(0), gastrocnemius_path(90));
    }
}
