//! The calf illustration: a lateral view of a left leg (toes to the left, calf to the right)
//! drawn as an anatomy atlas draws it, in the pose the knee control asks for.
//!
//! Bones, skin and the soleus are fixed shapes in their segment's frame, moved by one
//! transform per segment; the gastrocnemius and the Achilles tendon span two segments, so
//! their outlines are computed for each pose (see [`crate::model::pose`]). Static shapes are
//! SVG path data below; only transforms, the three spanning outlines, the labels' leader
//! lines and a few classes are reactive.

use leptos::prelude::*;
use leptos::svg;

use super::super::browser::before_next_paint;
use super::super::drawing;
use super::super::instance::Instance;
use super::super::words::{muscle_tag, muscle_words, Words};
use crate::content::{fill, Text};
use crate::model::anatomy::Muscle;
use crate::model::knee::{self, Share};
use crate::model::pose::{sin_cos_x10000, Point, Pose, FRAME, GROUND_Y, LABEL_MARGIN};

// Skin, one outline per segment. Drawn twice (an outline layer, then a fill layer) so the
// segments join without seams; each segment's end is tucked inside its neighbour's outline at
// every angle (the shank's top inside the thigh behind the knee, the foot's top inside the
// shank), so the joined outline has no step.
const THIGH_SKIN: &str =
    "M-62 -10C-70 -120 -80 -260 -84 -640H86C82 -260 72 -120 60 -10A61 61 0 0 1 -62 -10Z";
const SHANK_SKIN: &str = "M-58 -352C-64 -300 -50 -262 -44 -226C-38 -160 -36 -90 -34 -30L-28 8H60L64 -30C62 -80 74 -128 92 -170C118 -226 116 -300 58 -342Z";
const FOOT_SKIN: &str =
    "M-30 -40C-40 -6 -80 8 -118 24C-136 32 -150 38 -154 44L-152 66H40C58 66 68 52 66 30C64 6 60 -20 52 -44Z";
const TOES_SKIN: &str = "M-150 40C-170 42 -194 48 -204 56C-208 62 -204 66 -196 66H-146Z";

// Thigh (frame: knee centre at the origin, thigh pointing up).
const QUADRICEPS: &str = "M-76 -640C-72 -330 -62 -140 -40 -66C-34 -52 -26 -52 -21 -64V-640Z";
const HAMSTRINGS: &str = "M21 -640V-80C26 -50 42 -40 58 -52C66 -150 74 -330 78 -640Z";
const FEMUR: &str =
    "M-17 -640V-150C-17 -100 -27 -60 -26 -15A30 30 0 1 0 26 -15C24 -30 20 -50 17 -90V-640Z";

// Shank (frame: ankle centre at the origin, knee 300 above).
const TIBIA: &str = "M-40 -266C-20 -268 8 -266 24 -258C28 -250 20 -238 14 -226L10 -40C12 -26 14 -16 12 -12H-24C-26 -50 -30 -130 -32 -196C-40 -212 -46 -226 -44 -244C-44 -256 -44 -262 -40 -266Z";
const FIBULA: &str = "M10 -250C18 -258 32 -254 34 -242C34 -234 30 -228 26 -222L18 -44C24 -34 26 -10 18 10C12 18 4 14 2 2L8 -44L14 -222C10 -230 6 -244 10 -250Z";
const PATELLA: &str =
    "M-56 -310C-62 -318 -50 -344 -38 -342C-28 -340 -30 -326 -38 -314C-44 -306 -52 -304 -56 -310Z";
const PATELLAR_LIGAMENT: &str = "M-50 -312L-40 -240";
const SOLEUS: &str = "M28 -232C46 -246 66 -232 76 -204C88 -164 86 -112 68 -72C60 -56 50 -48 42 -44C34 -56 24 -76 20 -112C16 -150 16 -196 28 -232Z";

// Foot (frame: as it stands flat, the ankle centre at the origin).
const TALUS: &str =
    "M-9 0A9 9 0 0 1 9 0C10 8 8 11 2 12L-24 14C-32 14 -38 11 -40 7C-30 3 -16 4 -9 0Z";
const CALCANEUS: &str = "M-24 19C-8 17 14 17 30 12C46 8 56 20 56 36C56 54 48 62 32 62H-16C-32 62 -42 52 -40 40C-38 30 -34 22 -24 19Z";
const METATARSALS: &str = "M-46 6C-70 12 -110 30 -142 48C-154 54 -154 64 -144 64C-128 62 -108 58 -84 52C-64 46 -52 40 -48 30C-44 20 -42 12 -46 6Z";
// Toes, which stay on the ground (world frame).
const TOES: &str = "M-146 52C-164 52 -184 54 -194 58C-198 62 -194 64 -188 64H-148Z";
/// The round end of the forefoot (foot frame): centre and radius.
const FOREFOOT: (i32, i32, i32) = (-150, 58, 7);

// Fills: every attribute of these fixed elements is a named constant, not a literal. The
// renderer builds a subtree whose attributes are all literals from an HTML string
// (`innerHTML`), which a page that requires Trusted Types refuses; built element by element,
// the drawing starts on such pages too (post-build.mjs fails the build if one comes back).
/// The gastrocnemius' hatching: one stroke per tile of this many units.
const HATCH_TILE: i32 = 6;
/// The soleus' dots: one dot of radius `DOT_RADIUS` in the middle of each tile of
/// `DOT_TILE` units. (Fractions are written as text: formatting floats would cost the module
/// about 4 KB.)
const DOT_TILE: i32 = 7;
const DOT_CENTRE: &str = "3.5";
const DOT_RADIUS: &str = "1.3";
/// The rounding shade across a muscle or bone: light on the near edge, dark on the far one,
/// as (offset, colour, opacity).
const SHADE_STOPS: [(&str, &str, &str); 3] = [
    ("0", "#fff", "0.3"),
    ("0.45", "#fff", "0"),
    ("1", "#000", "0.3"),
];
/// The two curved arrows on the drag handle, which say "turn me".
const HANDLE_ARROWS: &str =
    "M-11 -108a14 14 0 0 0 0 16m22 -16a14 14 0 0 1 0 16M-15 -104l4 -4 4 4M7 -96l4 4 4 -4";

/// The drag handle's place on the thigh (thigh frame): far enough from the knee to turn it,
/// inside the frame at every resting angle (it hides during a heel raise).
const HANDLE_ON_THIGH: Point = (0, -100);

/// A figure at least this wide (CSS px) shows labels from the start: there the labelled
/// drawing, which is wider than tall, fits the screen at half the widget's width or more.
const LABELLED_FROM_PX: i32 = 520;

/// A labelled structure: where its leader line points, in its segment's frame.
#[derive(Clone, Copy)]
enum Anchor {
    Thigh(Point),
    Shank(Point),
    Foot(Point),
}

impl Anchor {
    fn at(self, pose: &Pose) -> Point {
        match self {
            Anchor::Thigh(p) => pose.thigh_point(p),
            Anchor::Shank(p) => pose.shank_point(p),
            Anchor::Foot(p) => pose.foot_point(p),
        }
    }
}

/// The labels' words and anchors.
fn labels(text: &'static Text) -> [(&'static str, Anchor); 8] {
    [
        (text.ui.label_femur, Anchor::Thigh((0, -42))),
        (text.ui.label_patella, Anchor::Shank((-46, -326))),
        (text.ui.label_tibia, Anchor::Shank((-22, -150))),
        (text.ui.label_fibula, Anchor::Shank((14, -70))),
        (
            muscle_words(text, Muscle::Gastrocnemius).name,
            Anchor::Shank((84, -204)),
        ),
        (
            muscle_words(text, Muscle::Soleus).name,
            Anchor::Shank((28, -170)),
        ),
        (text.ui.achilles_tendon, Anchor::Shank((52, -30))),
        (text.ui.label_calcaneus, Anchor::Foot((40, 48))),
    ]
}

/// The callouts' numbers, as text (rendering integers would bring their own code).
const CALLOUT_NUMBERS: [&str; 8] = ["1", "2", "3", "4", "5", "6", "7", "8"];

/// Minimum vertical distance between two labels on one side, in drawing units.
const LABEL_SPACING: i32 = 26;

/// Where each label goes for `pose`: `(x, y, anchor, on the right)`. A label sits on the side
/// its anchor is nearer to, at the anchor's height, pushed apart from its neighbours.
fn place_labels(pose: &Pose, anchors: &[Anchor]) -> Vec<(i32, i32, Point, bool)> {
    let (left, top, width, height) = FRAME;
    let mut placed: Vec<(i32, i32, Point, bool)> = anchors
        .iter()
        .map(|anchor| {
            let point = anchor.at(pose);
            // The shin's front is about x = 0: what lies in front of it is labelled on the left.
            // So is the thigh, whatever its angle: the drag handle swings back with it, and a
            // line from the right would pass over the handle.
            let right = point.0 >= 10 && !matches!(anchor, Anchor::Thigh(_));
            let x = if right { left + width + 8 } else { left - 8 };
            (x, point.1, point, right)
        })
        .collect();
    for side in [false, true] {
        let mut order: Vec<usize> = (0..placed.len()).filter(|&i| placed[i].3 == side).collect();
        // Top to bottom. An insertion sort: eight labels, and no sorting code in the module.
        for next in 1..order.len() {
            let mut at = next;
            while at > 0 && placed[order[at - 1]].1 > placed[order[at]].1 {
                order.swap(at - 1, at);
                at -= 1;
            }
        }
        let mut floor = top + 16;
        for &i in &order {
            placed[i].1 = placed[i].1.max(floor);
            floor = placed[i].1 + LABEL_SPACING;
        }
        // Anything pushed below the frame comes back up, keeping the spacing.
        let mut ceiling = top + height - 6;
        for &i in order.iter().rev() {
            placed[i].1 = placed[i].1.min(ceiling);
            ceiling = placed[i].1 - LABEL_SPACING;
        }
    }
    placed
}

/// The `viewBox` for the drawing, wider when labels are shown.
fn view_box(labelled: bool) -> (i32, i32, i32, i32) {
    let (left, top, width, height) = FRAME;
    if labelled {
        (left - LABEL_MARGIN, top, width + 2 * LABEL_MARGIN, height)
    } else {
        FRAME
    }
}

/// The knee angle a pointer at (`x`, `y`), in the drawing's coordinates, asks for when it
/// drags the thigh about the knee at `knee`: the direction from the knee to the pointer,
/// measured from straight up towards the back, clamped to 0–110°.
pub fn knee_angle_at(x: f64, y: f64, knee: Point) -> u8 {
    let dx = x - f64::from(knee.0);
    let dy = y - f64::from(knee.1);
    // In front of the knee and above it means straight.
    if dx < 0.0 && dy < 0.0 {
        return 0;
    }
    (knee::MIN_KNEE_DEGREES..=knee::MAX_KNEE_DEGREES)
        .max_by(|&a, &b| {
            let along = |d: u8| {
                let (sin, cos) = sin_cos_x10000(i32::from(d));
                dx * f64::from(sin) - dy * f64::from(cos)
            };
            along(a).total_cmp(&along(b))
        })
        .unwrap_or(0)
}

/// Converts a pointer position to the drawing's coordinates and then to a knee angle.
fn angle_from_pointer(
    svg: &web_sys::Element,
    client: (i32, i32),
    view: (i32, i32, i32, i32),
    knee: Point,
) -> Option<u8> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let (left, top, width, height) = (
        f64::from(view.0),
        f64::from(view.1),
        f64::from(view.2),
        f64::from(view.3),
    );
    // The drawing keeps its aspect ratio ("meet"), centred in the element's box.
    let scale = (width / rect.width()).max(height / rect.height());
    let offset_x = (rect.width() - width / scale) / 2.0;
    let offset_y = (rect.height() - height / scale) / 2.0;
    let x = left + (f64::from(client.0) - rect.left() - offset_x) * scale;
    let y = top + (f64::from(client.1) - rect.top() - offset_y) * scale;
    Some(knee_angle_at(x, y, knee))
}

/// The pose in words, for the drawing's description.
fn pose_words(text: &Text, pose: &Pose) -> String {
    let foot = if pose.raise >= 50 {
        text.ui.foot_raised
    } else {
        text.ui.foot_flat
    };
    let gastrocnemius = match pose.knee_degrees {
        0..=29 => text.ui.gastrocnemius_taut,
        30..=69 => text.ui.gastrocnemius_shorter,
        _ => text.ui.gastrocnemius_slack,
    };
    fill(
        text.ui.diagram_pose_template,
        &[
            ("angle", &pose.knee_degrees.to_string()),
            ("foot", foot),
            ("gastrocnemius", gastrocnemius),
        ],
    )
}

/// The skin of every segment, for one of the two skin layers.
fn skin(
    thigh: Memo<String>,
    shank: Memo<String>,
    foot: Memo<String>,
    class: &'static str,
) -> impl IntoView {
    view! {
        <g class=class>
            <path transform=thigh data-segment="thigh" d=THIGH_SKIN/>
            <path transform=shank d=SHANK_SKIN/>
            <path transform=foot d=FOOT_SKIN/>
            <path d=TOES_SKIN/>
        </g>
    }
}

/// The illustration with the knee bent `share.knee_degrees` and the heel at `raise`, a legend,
/// a labels switch and the handle that drags the thigh. Muscles are told apart by pattern as
/// well as colour; clicking one selects it.
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
    /// Whether the structures are labelled.
    labelled: RwSignal<bool>,
    /// Called with a new knee angle while the thigh is dragged.
    #[prop(into)]
    on_knee: Callback<u8>,
    /// Called when a muscle in the drawing is clicked.
    #[prop(into)]
    on_select: Callback<Muscle>,
    /// A still plate (the printed plan's): no handle, no labels switch, ids of its own.
    #[prop(optional)]
    still: bool,
) -> impl IntoView {
    let text = Words::get();
    let instance = Instance::get();
    let id = |name: &str| {
        instance.id(&if still {
            format!("plate-{name}")
        } else {
            name.to_string()
        })
    };
    let (title_id, desc_id) = (id("diagram-title"), id("diagram-desc"));
    let (hatch_id, dots_id, shade_id, frame_id) =
        (id("hatch"), id("dots"), id("shade"), id("frame"));
    let url = |id: &str| format!("url(#{id})");
    let (hatch_fill, dots_fill, shade_fill, frame_clip) = (
        url(&hatch_id),
        url(&dots_id),
        url(&shade_id),
        url(&frame_id),
    );
    let labelled_by = format!("{title_id} {desc_id}");

    let pose = Memo::new(move |_| Pose::new(share.with(|s| s.knee_degrees), raise.get()));
    let thigh = Memo::new(move |_| pose.with(drawing::thigh_transform));
    let shank = Memo::new(move |_| pose.with(drawing::shank_transform));
    let foot = Memo::new(move |_| pose.with(drawing::foot_transform));
    let lateral_head = Memo::new(move |_| pose.with(drawing::lateral_head_path));
    let strength = move || share.with(Share::gastrocnemius_capacity_percent);
    let raised = move || raise.get() > 0;
    let view = move || view_box(labelled.get());
    let view_box_attribute = move || {
        let (x, y, w, h) = view();
        format!("{x} {y} {w} {h}")
    };
    let (left, top, width, height) = FRAME;

    let anchors = labels(text);
    // Beside the drawing when it is wide enough for names of reading size; on a narrow one
    // the stylesheet shows the numbered callouts and the key under it instead (the names
    // would be too small to read beside a drawing that keeps its size).
    let label_views = move || {
        labelled.get().then(|| {
            let spots = pose.with(|p| place_labels(p, &anchors.map(|(_, a)| a)));
            anchors
                .iter()
                .zip(spots)
                .zip(CALLOUT_NUMBERS)
                .map(|(((words, _), (x, y, (ax, ay), right)), number)| {
                    let line_start = if right { x - 4 } else { x + 4 };
                    view! {
                        <path class="sol-diagram__leader" d=format!("M{line_start} {} L{ax} {ay}", y - 5)/>
                        <circle class="sol-diagram__leader-end" cx=ax cy=ay r="3"/>
                        <text x=ax y=ay class="sol-diagram__callout">{number}</text>
                        <text x=x y=y class="sol-diagram__label" text-anchor=if right { "start" } else { "end" }>{*words}</text>
                    }
                })
                .collect_view()
        })
    };
    // The callouts' key: "1 Femur  2 Patella …", each number and name kept on one line.
    let mut key = String::new();
    for ((words, _), number) in anchors.iter().zip(CALLOUT_NUMBERS) {
        key.push_str(number);
        key.push('\u{a0}');
        key.push_str(words);
        key.push_str("\u{2003} ");
    }
    let callout_key = move || {
        labelled.get().then(
            || view! { <p class="sol-diagram__callouts" aria-hidden="true">{key.clone()}</p> },
        )
    };

    let figure_ref = NodeRef::<leptos::html::Figure>::new();
    // Measured before the first paint, but not while mounting: reading the width there would
    // lay out the page in the middle of the mount.
    if !still {
        before_next_paint(move || {
            if figure_ref
                .try_get_untracked()
                .flatten()
                .is_some_and(|figure| figure.client_width() >= LABELLED_FROM_PX)
            {
                labelled.set(true);
            }
        });
    }

    let svg_ref = NodeRef::<svg::Svg>::new();
    let dragging = StoredValue::new(false);
    let drag_to = move |event: &web_sys::PointerEvent| {
        let knee = pose.with_untracked(Pose::knee);
        let angle = svg_ref.get_untracked().and_then(|svg| {
            angle_from_pointer(
                &svg,
                (event.client_x(), event.client_y()),
                view_box(labelled.get_untracked()),
                knee,
            )
        });
        if let Some(angle) = angle {
            on_knee.run(angle);
        }
    };

    view! {
        <figure class="sol-diagram" tabindex="-1" node_ref=figure_ref>
            <svg
                node_ref=svg_ref
                class="sol-diagram__svg"
                class:is-labelled=move || labelled.get()
                viewBox=view_box_attribute
                role="group"
                aria-labelledby=labelled_by
            >
                <title id=title_id>{text.ui.diagram_label}</title>
                <desc id=desc_id>
                    {text.ui.diagram_description}" "{move || pose.with(|p| pose_words(text, p))}
                </desc>
                <defs>
                    <pattern id=hatch_id width=HATCH_TILE height=HATCH_TILE patternUnits="userSpaceOnUse" patternTransform="rotate(30)">
                        <line y2=HATCH_TILE class="sol-diagram__hatch"/>
                    </pattern>
                    <pattern id=dots_id width=DOT_TILE height=DOT_TILE patternUnits="userSpaceOnUse">
                        <circle cx=DOT_CENTRE cy=DOT_CENTRE r=DOT_RADIUS class="sol-diagram__dot"/>
                    </pattern>
                    <linearGradient id=shade_id>
                        {SHADE_STOPS.map(|(offset, colour, opacity)| view! {
                            <stop offset=offset stop-color=colour stop-opacity=opacity/>
                        })}
                    </linearGradient>
                    <clipPath id=frame_id>
                        <rect x=left y=top width=width height=height/>
                    </clipPath>
                </defs>
                <g class="sol-diagram__art" clip-path=frame_clip aria-hidden="true">
                    <path class="sol-diagram__ground" d=format!("M{left} {GROUND_Y}h{width}")/>
                    {skin(thigh, shank, foot, "sol-diagram__skin-edge")}
                    {skin(thigh, shank, foot, "sol-diagram__skin")}
                    // The thigh runs out of the frame, cut as an atlas plate cuts it.
                    <g transform=thigh data-segment="thigh">
                        <path class="sol-diagram__other-muscle" d=QUADRICEPS/>
                        <path class="sol-diagram__other-muscle" d=HAMSTRINGS/>
                        <path class="sol-diagram__bone" data-part="femur" d=FEMUR/>
                        <path class="sol-diagram__shade" fill=shade_fill.clone() d=FEMUR/>
                    </g>
                    <g transform=shank>
                        <path class="sol-diagram__bone" data-part="tibia" d=TIBIA/>
                        <path class="sol-diagram__bone" data-part="fibula" d=FIBULA/>
                        <path class="sol-diagram__shade" fill=shade_fill.clone() d=TIBIA/>
                    </g>
                    <g class="sol-diagram__foot" transform=foot>
                        <path class="sol-diagram__bone" data-part="metatarsals" d=METATARSALS/>
                        <path class="sol-diagram__bone" data-part="talus" d=TALUS/>
                        <path class="sol-diagram__bone" data-part="calcaneus" d=CALCANEUS/>
                        <circle class="sol-diagram__bone" data-part="forefoot" cx=FOREFOOT.0 cy=FOREFOOT.1 r=FOREFOOT.2/>
                    </g>
                    <path class="sol-diagram__bone" data-part="toes" d=TOES/>
                    <g
                        class="sol-diagram__muscle sol-diagram__muscle--soleus"
                        class:is-working=raised
                        class:is-selected=move || selected.get() == Some(Muscle::Soleus)
                        transform=shank
                        on:click=move |_| on_select.run(Muscle::Soleus)
                    >
                        <path data-part="soleus" d=SOLEUS/>
                        <path class="sol-diagram__pattern" fill=dots_fill d=SOLEUS/>
                        <path class="sol-diagram__shade" fill=shade_fill.clone() d=SOLEUS/>
                    </g>
                    <path class="sol-diagram__tendon" data-part="achilles" d=move || pose.with(drawing::tendon_path)/>
                    <g
                        class="sol-diagram__muscle sol-diagram__muscle--gastrocnemius"
                        class:is-faded=move || deep_layer.get()
                        class:is-working=move || { raised() && strength() >= 50 }
                        class:is-selected=move || selected.get() == Some(Muscle::Gastrocnemius)
                        style:--sol-strength=move || strength().to_string()
                        on:click=move |_| on_select.run(Muscle::Gastrocnemius)
                    >
                        <path class="sol-diagram__medial-head" data-part="gastrocnemius-medial" d=move || pose.with(drawing::medial_head_path)/>
                        <path data-part="gastrocnemius" d=lateral_head/>
                        <path class="sol-diagram__pattern" fill=hatch_fill d=lateral_head/>
                        <path class="sol-diagram__shade" fill=shade_fill d=lateral_head/>
                    </g>
                    <g transform=shank>
                        <path class="sol-diagram__ligament" d=PATELLAR_LIGAMENT/>
                        <path class="sol-diagram__bone" data-part="patella" d=PATELLA/>
                    </g>
                </g>
                <g class="sol-diagram__labels" aria-hidden="true">{label_views}</g>
                {(!still).then(|| view! {
                <g
                    class="sol-diagram__handle"
                    class:is-hidden=raised
                    transform=thigh
                    role="img"
                    aria-label=text.ui.diagram_drag
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
                >
                    <title>{text.ui.diagram_drag}</title>
                    <circle cx=HANDLE_ON_THIGH.0 cy=HANDLE_ON_THIGH.1 r="20"/>
                    <path class="sol-diagram__handle-arrows" d=HANDLE_ARROWS/>
                </g>
                })}
            </svg>
            {callout_key}
            <figcaption class="sol-diagram__legend">
                {Muscle::ALL.iter().rev().map(|muscle| {
                    let class = format!("sol-diagram__key sol-diagram__key--{}", muscle_tag(*muscle));
                    view! { <span class=class>{muscle_words(text, *muscle).name}</span> }
                }).collect_view()}
                {(!still).then(|| view! {
                    <button
                        type="button"
                        class="sol-button sol-diagram__labels-toggle"
                        aria-pressed=move || labelled.get().to_string()
                        on:click=move |_| labelled.update(|on| *on = !*on)
                    >
                        {text.ui.labels_toggle}
                    </button>
                })}
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pointer_angle_is_measured_from_straight_up_towards_the_back() {
        let knee = (0, -300);
        assert_eq!(knee_angle_at(0.0, -500.0, knee), 0);
        assert_eq!(knee_angle_at(200.0, -300.0, knee), 90);
        assert_eq!(knee_angle_at(100.0, -200.0, knee), 110, "clamped");
        assert_eq!(knee_angle_at(-50.0, -500.0, knee), 0, "in front");
    }

    #[test]
    fn the_pointer_angle_matches_the_arctangent_within_the_range() {
        for degrees in 0..=110u8 {
            let radians = f64::from(degrees).to_radians();
            let (x, y) = (200.0 * radians.sin(), -300.0 - 200.0 * radians.cos());
            assert_eq!(knee_angle_at(x, y, (0, -300)), degrees);
        }
    }

    #[test]
    fn labels_keep_apart_and_inside_the_frame_in_every_pose() {
        let anchors = labels(crate::content::Lang::En.text()).map(|(_, a)| a);
        for degrees in (0..=110).step_by(5) {
            for raise in [0, 100] {
                let spots = place_labels(&Pose::new(degrees, raise), &anchors);
                for side in [false, true] {
                    let mut ys: Vec<i32> =
                        spots.iter().filter(|s| s.3 == side).map(|s| s.1).collect();
                    ys.sort_unstable();
                    assert!(ys.windows(2).all(|w| w[1] - w[0] >= LABEL_SPACING));
                    assert!(ys.iter().all(|&y| y > FRAME.1 && y < FRAME.1 + FRAME.3));
                }
            }
        }
    }

    /// The handle's radius, and the callouts' (`.sol-diagram__leader-end` on a narrow drawing).
    const HANDLE_RADIUS: f64 = 20.0;
    const CALLOUT_RADIUS: f64 = 16.0;

    /// Distance from `point` to the segment from `a` to `b`.
    fn to_segment(point: Point, a: Point, b: Point) -> f64 {
        let [px, py, ax, ay, bx, by] = [point.0, point.1, a.0, a.1, b.0, b.1].map(f64::from);
        let (dx, dy) = (bx - ax, by - ay);
        let length = dx * dx + dy * dy;
        let along = if length > 0.0 {
            (((px - ax) * dx + (py - ay) * dy) / length).clamp(0.0, 1.0)
        } else {
            0.0
        };
        (px - ax - along * dx).hypot(py - ay - along * dy)
    }

    #[test]
    fn no_leader_line_or_callout_touches_the_drag_handle() {
        let anchors = labels(crate::content::Lang::En.text()).map(|(_, a)| a);
        // The handle shows only with the foot flat.
        for degrees in 0..=110 {
            let pose = Pose::new(degrees, 0);
            let handle = pose.thigh_point(HANDLE_ON_THIGH);
            for (x, y, anchor, right) in place_labels(&pose, &anchors) {
                let start = (if right { x - 4 } else { x + 4 }, y - 5);
                let gap = to_segment(handle, start, anchor);
                assert!(
                    gap > HANDLE_RADIUS + 4.0,
                    "{degrees}°: the leader to {anchor:?} is {gap} from the handle"
                );
                let centres = to_segment(handle, anchor, anchor);
                assert!(
                    centres > HANDLE_RADIUS + CALLOUT_RADIUS,
                    "{degrees}°: the callout at {anchor:?} is {centres} from the handle"
                );
            }
        }
    }

    #[test]
    fn callouts_never_cover_one_another() {
        let anchors = labels(crate::content::Lang::En.text()).map(|(_, a)| a);
        for degrees in 0..=110 {
            for raise in [0, 50, 100] {
                let pose = Pose::new(degrees, raise);
                let points = anchors.map(|a| a.at(&pose));
                for (i, &a) in points.iter().enumerate() {
                    for &b in &points[i + 1..] {
                        let apart = to_segment(a, b, b);
                        assert!(
                            apart >= 2.0 * CALLOUT_RADIUS,
                            "{degrees}°, {raise}: {a:?} {b:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_handle_stays_in_the_frame() {
        let (left, top, width, height) = FRAME;
        for degrees in 0..=110 {
            let (x, y) = Pose::new(degrees, 0).thigh_point(HANDLE_ON_THIGH);
            assert!(x - 20 >= left && x + 20 <= left + width, "{degrees}° x {x}");
            assert!(y - 20 >= top && y + 20 <= top + height, "{degrees}° y {y}");
        }
    }
}
