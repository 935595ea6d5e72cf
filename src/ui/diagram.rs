//! The calf diagram: the lower leg seen from the side (facing left, calf to the right),
//! bending at the knee.
//!
//! The drawing is rendered once; moving the knee only changes the attributes that move (see
//! [`update`]), never re-renders it.

use super::dom::Dom;
use super::html::Html;
use crate::content::{fill, Text};
use crate::model::anatomy::Muscle;
use crate::model::knee;

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

/// What the drawing shows; every field is state owned by the widget.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Pose {
    /// Knee bend, degrees.
    pub knee_degrees: u8,
    /// Heel-raise progress, 0 (heel down) to 100 (heel fully up).
    pub raise: u8,
    /// The selected muscle, if any.
    pub selected: Option<Muscle>,
    /// Whether the gastrocnemius is faded to show the deep layer.
    pub deep_layer: bool,
}

fn lower_leg_transform(degrees: u8) -> String {
    format!("rotate({} {} {})", -i32::from(degrees), KNEE.0, KNEE.1)
}

fn foot_transform(raise: u8) -> String {
    let angle = -HEEL_RAISE_DEGREES * i32::from(raise) / 100;
    format!("rotate({angle} {} {})", ANKLE.0, ANKLE.1)
}

/// The drawing's static parts, in the order they are painted; `{lower}`, `{foot}` and
/// `{gastrocnemius}` mark where the moving parts go.
const DRAWING: &str = concat!(
    r##"<defs><pattern id="sol-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="7" class="sol-diagram__hatch"/></pattern>"##,
    r##"<pattern id="sol-dots" width="8" height="8" patternUnits="userSpaceOnUse"><circle cx="4" cy="4" r="1.4" class="sol-diagram__dot"/></pattern></defs>"##,
    // Thigh, femur: fixed.
    r##"<path class="sol-diagram__skin" d="M100 0 H182 C186 60 180 112 170 152 H108 C102 112 96 60 100 0 Z"/><path class="sol-diagram__bone" d="M142 0 L140 136"/>"##,
    r##"<g class="sol-diagram__lower-leg" transform="{lower}">"##,
    r##"<path class="sol-diagram__skin" d="M110 150 C104 220 110 300 118 356 L150 360 C168 300 198 220 172 150 Z"/><path class="sol-diagram__bone" d="M124 162 L122 358"/><path class="sol-diagram__bone sol-diagram__bone--thin" d="M152 168 L146 350"/>"##,
    r##"<g class="sol-diagram__muscle sol-diagram__muscle--soleus" data-action="muscle" data-value="soleus"><path d="M144 176 C186 214 186 294 162 338 C156 346 152 348 148 348 C140 300 134 230 144 176 Z"/><path class="sol-diagram__pattern" fill="url(#sol-dots)" d="M144 176 C186 214 186 294 162 338 C156 346 152 348 148 348 C140 300 134 230 144 176 Z"/></g>"##,
    r##"<path class="sol-diagram__tendon" d="M156 300 C154 330 152 352 152 378"/>"##,
    r##"<g class="sol-diagram__foot" transform="{foot}"><path class="sol-diagram__skin" d="M116 352 L166 358 C172 380 168 400 152 404 H44 C30 404 28 390 40 386 C70 378 100 372 116 352 Z"/><ellipse class="sol-diagram__heel-bone" cx="152" cy="386" rx="15" ry="10"/></g>"##,
    r##"<circle class="sol-diagram__handle" cx="132" cy="372" r="16"/></g>"##,
    r##"<g class="sol-diagram__muscle sol-diagram__muscle--gastrocnemius" data-action="muscle" data-value="gastrocnemius"><path d="{gastrocnemius}"/><path class="sol-diagram__pattern" fill="url(#sol-hatch)" d="{gastrocnemius}"/></g>"##,
    r##"<circle class="sol-diagram__knee" cx="140" cy="150" r="12"/><ellipse class="sol-diagram__bone-fill" cx="104" cy="150" rx="7" ry="12"/>"##,
);

/// The calf diagram with the knee bent `knee_degrees` and the heel down: a side view of the
/// leg, a legend, and the handle that drags the foot.
/// Muscles are told apart by pattern as well as colour.
pub fn render(html: &mut Html, text: &Text, knee_degrees: u8) {
    let drawing = fill(
        DRAWING,
        &[
            ("lower", &lower_leg_transform(knee_degrees)),
            ("foot", &foot_transform(0)),
            ("gastrocnemius", &gastrocnemius_path(knee_degrees)),
        ],
    );
    html.open("figure", "sol-diagram")
        .open_with(
            "svg",
            &[
                ("class", "sol-diagram__svg"),
                ("viewBox", "30 0 400 420"),
                ("role", "img"),
                ("aria-labelledby", "sol-diagram-title sol-diagram-desc"),
            ],
        )
        .open_with("title", &[("id", "sol-diagram-title")])
        .text(text.ui.diagram_label)
        .close("title")
        .open_with("desc", &[("id", "sol-diagram-desc")])
        .text(text.ui.diagram_description)
        .close("desc")
        .raw(&drawing)
        .close("svg")
        .open("figcaption", "sol-diagram__legend")
        .element(
            "span",
            "sol-diagram__key sol-diagram__key--gastrocnemius",
            text.muscle(Muscle::Gastrocnemius).name,
        )
        .element(
            "span",
            "sol-diagram__key sol-diagram__key--soleus",
            text.muscle(Muscle::Soleus).name,
        )
        .close("figcaption")
        .close("figure");
}

/// Brings the drawing to `pose`: the lower leg's rotation, the gastrocnemius outline (its
/// origin stays on the thigh while its insertion swings with the shin, so it visibly
/// slackens) and strength, the foot, and the selection, fading and working classes.
pub fn update(dom: &Dom, pose: Pose) {
    let share = knee::share(pose.knee_degrees.into());
    dom.set_attr(
        ".sol-diagram__lower-leg",
        "transform",
        &lower_leg_transform(pose.knee_degrees),
    );
    dom.set_attr(
        ".sol-diagram__foot",
        "transform",
        &foot_transform(pose.raise),
    );
    let gastrocnemius_strength = share.gastrocnemius_capacity_percent();
    let path = gastrocnemius_path(pose.knee_degrees);
    dom.for_each(".sol-diagram__muscle--gastrocnemius path", |element| {
        super::dom::set_attr(&element, "d", &path);
    });
    let soleus = ".sol-diagram__muscle--soleus";
    let gastrocnemius = ".sol-diagram__muscle--gastrocnemius";
    dom.set_style(
        gastrocnemius,
        "--sol-strength",
        &gastrocnemius_strength.to_string(),
    );
    dom.set_class(gastrocnemius, "is-faded", pose.deep_layer);
    dom.set_class(soleus, "is-working", pose.raise > 0);
    dom.set_class(
        gastrocnemius,
        "is-working",
        pose.raise > 0 && gastrocnemius_strength >= 50,
    );
    dom.set_class(soleus, "is-selected", pose.selected == Some(Muscle::Soleus));
    dom.set_class(
        gastrocnemius,
        "is-selected",
        pose.selected == Some(Muscle::Gastrocnemius),
    );
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
