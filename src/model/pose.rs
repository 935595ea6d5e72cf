//! Where each part of the drawn leg is for a knee angle and a heel height.
//!
//! The drawing is a lateral view of a left leg: seen from its outer side, toes to the left and
//! calf to the right (a right leg seen this way would point its toes to the right). It is in
//! one coordinate system ("world") whose origin is the ankle joint's centre when
//! the foot is flat; y grows downwards as in SVG. Three rigid segments move:
//!
//! - the **foot**, planted: in a heel raise it pivots about the forefoot (the metatarsal
//!   heads), so the heel lifts while the toes stay on the ground;
//! - the **shank**, upright over the ankle: it rises with the ankle, so the body rises;
//! - the **thigh**, which turns about the knee: the knee bends by moving the thigh, so at 90°
//!   the pose is the seated calf raise's (shin upright, thigh level). Past 100° the thigh
//!   stays put and the shank leans forward over the planted foot, as when the feet are
//!   drawn back under a seat.
//!
//! Two parts span joints and are computed here: the gastrocnemius, whose heads start on the
//! thigh bone and whose bellies lie on the shank (bending the knee brings its two ends
//! closer, so it visibly slackens), and the Achilles tendon, which runs from the shank's
//! muscles to the heel bone. The soleus lies wholly on the shank, so no knee angle changes
//! it.
//!
//! Angles are whole degrees and the trigonometry comes from a build-time table, so the
//! module carries no sine function.

use super::knee::{MAX_KNEE_DEGREES, MIN_KNEE_DEGREES};

/// A point in the drawing's units (about 1.3 mm of a real leg each).
pub type Point = (i32, i32);

/// Knee centre relative to the ankle centre, in the shank's frame: the shank is 300 units.
pub const KNEE_ABOVE_ANKLE: i32 = 300;
/// The ground's height: the sole rests here, 66 units below the ankle centre.
pub const GROUND_Y: i32 = 66;
/// The forefoot pivot (the first metatarsal head's centre), which stays put in a heel raise.
pub const FOREFOOT_PIVOT: Point = (-150, 58);
/// How far the foot turns at the top of a heel raise: the heel rises about 10 cm.
pub const HEEL_RAISE_DEGREES: i32 = 25;

/// The frame the leg is drawn in, as `(left, top, width, height)` in world units: it holds
/// every pose from 0° to 110° and the top of a heel raise, and crops the thigh as an atlas
/// plate does.
pub const FRAME: (i32, i32, i32, i32) = (-210, -432, 334, 510);
/// The furthest the thigh turns; beyond it the shank leans instead.
const THIGH_MAX_DEGREES: u8 = 100;
/// Extra width on each side of the frame for labels and their leader lines.
pub const LABEL_MARGIN: i32 = 170;

/// The gastrocnemius' two origins on the thigh bone's condyle, in the thigh's frame (knee
/// centre at the origin, thigh pointing up): upper and lower edge of the attachment.
const LATERAL_HEAD_ORIGIN: [Point; 2] = [(18, -46), (24, -26)];
const MEDIAL_HEAD_ORIGIN: [Point; 2] = [(12, -54), (26, -22)];

/// A muscle head's outline below its origin, in the shank's frame (ankle centre at the
/// origin): back edge controls, the two ends of its tendinous junction, front edge controls.
struct Belly {
    back: [Point; 3],
    junction: [Point; 2],
    front: [Point; 3],
}

const LATERAL_HEAD: Belly = Belly {
    back: [(96, -300), (116, -196), (64, -128)],
    junction: [(64, -128), (46, -136)],
    front: [(34, -200), (40, -262), (40, -272)],
};
const MEDIAL_HEAD: Belly = Belly {
    back: [(106, -300), (124, -178), (64, -100)],
    junction: [(64, -100), (50, -108)],
    front: [(36, -190), (44, -262), (40, -274)],
};

/// How far back a slack gastrocnemius' belly bows, at most, in drawing units.
const SLACK_BOW: i32 = 16;

/// The Achilles tendon: where it leaves the muscles (shank frame) and where it inserts into
/// the heel bone (foot frame, back then front edge).
const TENDON_TOP: [Point; 2] = [(66, -130), (44, -116)];
const TENDON_INSERTION: [Point; 2] = [(55, 28), (43, 13)];

/// sin and cos of whole degrees (any sign), times 10000, from the build-time table.
pub fn sin_cos_x10000(degrees: i32) -> (i32, i32) {
    let table = |d: i32| i32::from(crate::tables::SINE_X10000[d.clamp(0, 90) as usize]);
    let d = degrees.rem_euclid(360);
    let (sin, cos) = match d {
        0..=90 => (table(d), table(90 - d)),
        91..=180 => (table(180 - d), -table(d - 90)),
        181..=270 => (-table(d - 180), -table(270 - d)),
        _ => (-table(360 - d), table(d - 270)),
    };
    (sin, cos)
}

/// `point` turned `degrees` about `centre`, as SVG's `rotate()` turns it (clockwise on
/// screen for positive angles), rounded to whole units.
pub fn rotate(point: Point, degrees: i32, centre: Point) -> Point {
    let (sin, cos) = sin_cos_x10000(degrees);
    let (dx, dy) = (point.0 - centre.0, point.1 - centre.1);
    let round = |v: i32| (v + 5000 * v.signum()) / 10000;
    (
        centre.0 + round(dx * cos - dy * sin),
        centre.1 + round(dx * sin + dy * cos),
    )
}

/// A pose of the leg.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pose {
    /// Knee bend, 0 (straight) to 110 degrees.
    pub knee_degrees: u8,
    /// Heel height in a heel raise, 0 (flat) to 100 (top).
    pub raise: u8,
}

impl Pose {
    /// The pose for a knee angle and heel height, both clamped to their ranges.
    pub fn new(knee_degrees: u8, raise: u8) -> Pose {
        Pose {
            knee_degrees: knee_degrees.clamp(MIN_KNEE_DEGREES, MAX_KNEE_DEGREES),
            raise: raise.min(100),
        }
    }

    /// How far the foot has turned about the forefoot, degrees (0 when flat).
    pub fn foot_degrees(&self) -> i32 {
        HEEL_RAISE_DEGREES * i32::from(self.raise) / 100
    }

    /// Where a point of the foot (given as it is with the foot flat) is now.
    pub fn foot_point(&self, point: Point) -> Point {
        rotate(point, -self.foot_degrees(), FOREFOOT_PIVOT)
    }

    /// The ankle centre: it rides on the foot, up and forward as the heel rises.
    pub fn ankle(&self) -> Point {
        self.foot_point((0, 0))
    }

    /// How far the shank leans forward over the foot, degrees.
    pub fn shank_lean_degrees(&self) -> i32 {
        i32::from(self.knee_degrees.saturating_sub(THIGH_MAX_DEGREES))
    }

    /// The thigh's turn from upright (the knee angle less the shank's lean), degrees.
    pub fn thigh_degrees(&self) -> i32 {
        i32::from(self.knee_degrees) - self.shank_lean_degrees()
    }

    /// Where a point of the shank (ankle centre at the origin) is now.
    pub fn shank_point(&self, point: Point) -> Point {
        let ankle = self.ankle();
        let leaned = rotate(point, -self.shank_lean_degrees(), (0, 0));
        (ankle.0 + leaned.0, ankle.1 + leaned.1)
    }

    /// The knee centre.
    pub fn knee(&self) -> Point {
        self.shank_point((0, -KNEE_ABOVE_ANKLE))
    }

    /// Where a point of the thigh (knee centre at the origin, thigh pointing up) is now.
    pub fn thigh_point(&self, point: Point) -> Point {
        let knee = self.knee();
        let turned = rotate(point, self.thigh_degrees(), (0, 0));
        (knee.0 + turned.0, knee.1 + turned.1)
    }

    /// A gastrocnemius head's outline, from its origin on the thigh down its back edge to
    /// the tendinous junction and up its front edge: a start, a cubic curve (three points), a
    /// line's end, a second cubic curve (three points) and a last line's end.
    ///
    /// As the knee bends the head is slack: its origin comes down towards its junction (it is
    /// shorter) and its belly bows back, away from the soleus, the middle of each edge moved
    /// back by up to [`SLACK_BOW`] units (the back edge less, as the skin is close).
    fn head_outline(&self, origin: [Point; 2], belly: &Belly) -> [Point; 9] {
        let slack = self.slack_percent();
        let s = |p: Point| self.shank_point(p);
        let bowed = |(x, y): Point, share: i32| s((x + SLACK_BOW * share / 100 * slack / 100, y));
        let [upper, lower] = origin.map(|p| self.thigh_point(p));
        [
            upper,
            bowed(belly.back[0], 40),
            bowed(belly.back[1], 40),
            s(belly.back[2]),
            s(belly.junction[1]),
            bowed(belly.front[0], 100),
            bowed(belly.front[1], 100),
            s(belly.front[2]),
            lower,
        ]
    }

    /// How slack the gastrocnemius is, 0 (knee straight) to 100 (bent 90° or more).
    pub fn slack_percent(&self) -> i32 {
        self.thigh_degrees().clamp(0, 90) * 100 / 90
    }

    /// The gastrocnemius' outer (lateral) head, the one a side view shows (see
    /// `head_outline` for the points' order).
    pub fn lateral_head_outline(&self) -> [Point; 9] {
        self.head_outline(LATERAL_HEAD_ORIGIN, &LATERAL_HEAD)
    }

    /// The inner (medial) head, lower and further back, seen behind the outer one.
    pub fn medial_head_outline(&self) -> [Point; 9] {
        self.head_outline(MEDIAL_HEAD_ORIGIN, &MEDIAL_HEAD)
    }

    /// The Achilles tendon, from the muscles to the heel bone and back: a start, a cubic
    /// curve, a line's end and a second cubic curve.
    pub fn tendon_outline(&self) -> [Point; 8] {
        let s = |p: Point| self.shank_point(p);
        let f = |p: Point| self.foot_point(p);
        [
            s(TENDON_TOP[0]),
            s((58, -60)),
            s((56, -10)),
            f(TENDON_INSERTION[0]),
            f(TENDON_INSERTION[1]),
            s((40, -20)),
            s((40, -70)),
            s(TENDON_TOP[1]),
        ]
    }

    /// Distance from the gastrocnemius' origin to its tendinous junction, in drawing units:
    /// it shortens as the knee bends.
    pub fn gastrocnemius_length(&self) -> i32 {
        let origin = self.thigh_point(LATERAL_HEAD_ORIGIN[0]);
        let junction = self.shank_point(LATERAL_HEAD.junction[0]);
        distance(origin, junction)
    }
}

/// Whole-unit distance between two points, without a square-root function.
pub fn distance(a: Point, b: Point) -> i32 {
    let squared = (a.0 - b.0).pow(2) + (a.1 - b.1).pow(2);
    let mut root = 0;
    while (root + 1) * (root + 1) <= squared {
        root += 1;
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_matches_the_trigonometry_in_every_quadrant() {
        for degrees in -180..=180 {
            let radians = f64::from(degrees).to_radians();
            let (sin, cos) = sin_cos_x10000(degrees);
            assert!(
                (f64::from(sin) / 1e4 - radians.sin()).abs() < 1e-4,
                "{degrees}"
            );
            assert!(
                (f64::from(cos) / 1e4 - radians.cos()).abs() < 1e-4,
                "{degrees}"
            );
        }
    }

    #[test]
    fn bending_the_knee_moves_the_thigh_back_and_keeps_the_shank_upright() {
        let straight = Pose::new(0, 0);
        let seated = Pose::new(90, 0);
        assert_eq!(straight.knee(), seated.knee(), "the shank does not move");
        // A point up the thigh swings behind the knee: level with it at 90°.
        let up_the_thigh = (0, -100);
        assert_eq!(straight.thigh_point(up_the_thigh), (0, -400));
        assert_eq!(seated.thigh_point(up_the_thigh), (100, -300));
    }

    #[test]
    fn a_heel_raise_lifts_the_ankle_and_keeps_the_forefoot() {
        let top = Pose::new(0, 100);
        assert_eq!(top.foot_point(FOREFOOT_PIVOT), FOREFOOT_PIVOT);
        let (flat_ankle, raised_ankle) = (Pose::new(0, 0).ankle(), top.ankle());
        assert!(
            raised_ankle.1 < flat_ankle.1 - 50,
            "the body rises: {raised_ankle:?}"
        );
        // The heel (back of the heel bone) rises further than the ankle.
        let heel = top.foot_point((56, 60));
        assert!(heel.1 < 60 - 60, "{heel:?}");
    }

    #[test]
    fn the_gastrocnemius_shortens_as_the_knee_bends() {
        let lengths: Vec<i32> = (0..=110)
            .step_by(10)
            .map(|d| Pose::new(d, 0).gastrocnemius_length())
            .collect();
        assert!(lengths.windows(2).all(|w| w[1] < w[0]), "{lengths:?}");
        assert!(lengths[0] - lengths[9] > 10, "visibly: {lengths:?}");
    }

    #[test]
    fn the_slack_gastrocnemius_bows_back_away_from_the_soleus() {
        // The front edge's middle control points, in the shank's frame (the shank stays
        // upright up to 100°, so world and shank frames agree here).
        let front = |degrees| {
            let outline = Pose::new(degrees, 0).lateral_head_outline();
            (outline[5].0, outline[6].0)
        };
        let (taut, slack) = (front(0), front(90));
        assert_eq!(slack.0 - taut.0, SLACK_BOW);
        assert_eq!(slack.1 - taut.1, SLACK_BOW);
        assert!(
            front(45).0 > taut.0 && front(45).0 < slack.0,
            "it bows gradually"
        );
        // The junction with the tendon stays where it is, so the two stay joined.
        assert_eq!(
            Pose::new(0, 0).lateral_head_outline()[4],
            Pose::new(90, 0).lateral_head_outline()[4]
        );
    }

    #[test]
    fn a_head_starts_at_its_origin_on_the_thigh() {
        let pose = Pose::new(45, 0);
        assert_eq!(
            pose.lateral_head_outline()[0],
            pose.thigh_point(LATERAL_HEAD_ORIGIN[0])
        );
        assert_eq!(
            pose.medial_head_outline()[8],
            pose.thigh_point(MEDIAL_HEAD_ORIGIN[1])
        );
    }

    #[test]
    fn distances_are_whole_square_roots() {
        assert_eq!(distance((0, 0), (3, 4)), 5);
        assert_eq!(distance((0, 0), (0, 0)), 0);
        assert_eq!(distance((10, 10), (0, 0)), 14);
    }
}
