//! A whole person in each exercise's pose, for the result's cards, the player and the printed
//! plan: a profile facing left (as the calf illustration faces), drawn as rounded strokes, with
//! the chair, wall or step the exercise uses and the working calf's soleus marked.
//!
//! A repetition moves the figure as the exercise moves a body: the foot pivots on its ball, so
//! the heel lifts and the toes stay down, and the body rises with the ankle, except where a
//! seat or a wall holds the hips: there the knee rises instead. Only the pose is drawn to
//! scale with itself; the proportions are a pictogram's, not measurements.

use super::circuit::Exercise;
use super::pose::{rotate, Point};

/// Half the limbs' stroke width, in figure units: the foot's joints sit this far above the
/// floor, so the drawn foot rests on it.
pub const LIMB_RADIUS: i32 = 12;
const SHANK: i32 = 100;
const THIGH: i32 = 104;
const TRUNK: i32 = 112;
/// From the shoulders to the head's centre, along the trunk.
const HEAD_ABOVE_SHOULDERS: i32 = 44;
const UPPER_ARM: i32 = 62;
const FOREARM: i32 = 58;
/// The soleus mark runs along the shank between these distances above the ankle.
const SOLEUS_SPAN: (i32, i32) = (20, 62);
/// How far behind the shank's centre line the soleus mark lies (the calf's bulge).
const SOLEUS_BEHIND: i32 = 4;
/// The step's height above the floor.
pub const STEP_RISE: i32 = 44;

/// The flat foot in the figure's frame (ground at y = 0, the ball of the foot at x = 0):
/// the ball it pivots on, the toes in front of it, the heel and the ankle behind.
pub const BALL: Point = (0, -LIMB_RADIUS);
pub const TOE: Point = (-20, -LIMB_RADIUS);
const HEEL: Point = (50, -LIMB_RADIUS);
const ANKLE: Point = (40, -26);

/// What the body rests on or against besides the floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// A chair under the hips and thighs.
    Chair,
    /// A wall behind the back.
    WallBehind,
    /// A wall in front, touched with the fingertips for balance.
    WallInFront,
    /// A step under the ball of the foot, with a wall in front for balance.
    Step,
    /// The floor only.
    Floor,
}

/// How an exercise holds the body. Directions are degrees from straight up, positive
/// towards the back (right): a shank at −12° has the knee over the toes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stance {
    /// The knee's bend: the angle between shank and thigh, 0 when straight.
    pub knee_degrees: i32,
    /// The shank's lean.
    pub shank: i32,
    /// The trunk's lean.
    pub trunk: i32,
    /// Upper arm and forearm directions.
    pub arm: (i32, i32),
    /// Whether a seat or a wall holds the hips while the heels rise.
    pub hips_held: bool,
    /// The foot's turn about its ball at the bottom and the top of a repetition, degrees.
    pub foot_degrees: (i32, i32),
    /// Directions of the other leg's thigh and shank when it is lifted off the floor.
    pub other_leg_lifted: Option<(i32, i32)>,
    /// What the body rests on.
    pub support: Support,
    /// The frame the figure is drawn in, `(left, top, width, height)`: the body at the bottom
    /// and the top of a repetition, its wall and the floor, so a thumbnail is filled. Data
    /// rather than computed in the browser; a test computes it from the pose and fails
    /// (printing the right value) when a change to the pose leaves it wrong.
    pub frame: (i32, i32, i32, i32),
    /// The floor and what the body rests on, as lines through points, placed from the pose
    /// at the bottom of a repetition; checked against the pose by the same test.
    pub props: &'static [&'static [Point]],
}

/// The other leg's thigh and shank directions when it is lifted: the knee under the hip, the
/// foot behind.
const OTHER_LEG_LIFTED: (i32, i32) = (176, 90);

/// Whether a single-leg prescription changes an exercise's picture: the standing exercises
/// are drawn on both feet unless prescribed on one leg (then the other is lifted behind). The
/// step exercise is always drawn on one leg, as its steps say; seated and in a wall sit both
/// legs look alike from the side.
pub fn single_leg_variant(exercise: Exercise, each_leg: bool) -> bool {
    each_leg
        && matches!(
            exercise,
            Exercise::BentKneeHeelRaise | Exercise::BentKneeHold
        )
}

/// The pose each exercise is done in, as its steps describe it, on one leg where
/// [`single_leg_variant`] says so.
pub fn stance(exercise: Exercise, each_leg: bool) -> Stance {
    let one_leg = single_leg_variant(exercise, each_leg);
    // Standing with the knees bent a little: knees forward over the toes, trunk upright.
    let standing = Stance {
        knee_degrees: 30,
        shank: -16,
        trunk: -6,
        arm: (-130, -95),
        hips_held: false,
        foot_degrees: (0, 26),
        other_leg_lifted: None,
        support: Support::WallInFront,
        frame: (-124, -428, 208, 436),
        props: &[&[(-124, 0), (84, 0)], &[(-92, 0), (-92, -430)]],
    };
    let hold = Stance {
        // Arms forward for balance.
        arm: (-155, -112),
        support: Support::Floor,
        frame: (-99, -428, 183, 436),
        props: &[&[(-99, 0), (84, 0)]],
        ..standing
    };
    match exercise {
        Exercise::SeatedHeelRaise => Stance {
            knee_degrees: 90,
            shank: 0,
            trunk: 0,
            arm: (196, 236),
            hips_held: true,
            support: Support::Chair,
            frame: (-54, -316, 240, 324),
            props: &[
                &[(-54, 0), (186, 0)],
                &[(64, 0), (64, -106), (178, -106), (178, 0)],
                &[(178, -106), (178, -218)],
            ],
            ..standing
        },
        Exercise::BentKneeHeelRaise if one_leg => Stance {
            other_leg_lifted: Some(OTHER_LEG_LIFTED),
            frame: (-124, -428, 302, 436),
            props: &[&[(-124, 0), (178, 0)], &[(-92, 0), (-92, -430)]],
            ..standing
        },
        Exercise::BentKneeHeelRaise => standing,
        Exercise::WallSitHeelRaise => Stance {
            knee_degrees: 60,
            shank: 0,
            trunk: 0,
            arm: (190, 214),
            hips_held: true,
            support: Support::WallBehind,
            frame: (-54, -368, 218, 376),
            props: &[&[(-54, 0), (164, 0)], &[(156, 0), (156, -430)]],
            ..standing
        },
        Exercise::StepHeelRaise => Stance {
            knee_degrees: 20,
            shank: -10,
            trunk: -4,
            // From the bottom, the heel below the step, to the top.
            foot_degrees: (-16, 26),
            other_leg_lifted: Some(OTHER_LEG_LIFTED),
            support: Support::Step,
            frame: (-116, -432, 300, 484),
            props: &[
                &[(-116, 44), (184, 44)],
                &[(-82, 44), (-82, -432)],
                &[(-82, 0), (12, 0), (12, 44)],
            ],
            ..standing
        },
        Exercise::BentKneeHold if one_leg => Stance {
            other_leg_lifted: Some(OTHER_LEG_LIFTED),
            frame: (-99, -428, 277, 436),
            props: &[&[(-99, 0), (178, 0)]],
            ..hold
        },
        Exercise::BentKneeHold => hold,
    }
}

/// The point `length` from `from` in `direction` (degrees from straight up, towards the back):
/// the point straight above `from`, turned about it as the illustration turns its parts.
fn along(from: Point, direction: i32, length: i32) -> Point {
    rotate((from.0, from.1 - length), direction, from)
}

/// The body's joints in one pose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Joints {
    pub toe: Point,
    pub ball: Point,
    pub heel: Point,
    pub ankle: Point,
    pub knee: Point,
    pub hip: Point,
    pub shoulder: Point,
    pub head: Point,
    pub elbow: Point,
    pub hand: Point,
    /// The lifted other leg's knee and foot, when it is lifted.
    pub other_leg: Option<(Point, Point)>,
    /// The ends of the soleus mark, behind the lower shank.
    pub soleus: [Point; 2],
}

/// A part of the figure that is drawn as one path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The near foot, leg and arm.
    Limbs,
    /// Hips to shoulders.
    Trunk,
    /// The head: a dot that a round line cap draws as a disc.
    Head,
    /// The other leg, where it is lifted behind (nothing otherwise: standing, it hides
    /// behind the near one).
    OtherLeg,
    /// The soleus: a band along the back of the lower shank.
    Soleus,
}

impl Joints {
    /// The points one part is drawn through, as lines (empty for the other leg when it is
    /// not lifted: standing, it hides behind the near one).
    pub fn lines(&self, part: Part) -> Vec<Vec<Point>> {
        match part {
            Part::Limbs => vec![
                vec![self.toe, self.ball, self.heel],
                vec![self.ankle, self.knee, self.hip],
                vec![self.shoulder, self.elbow, self.hand],
            ],
            Part::Trunk => vec![vec![self.hip, self.shoulder]],
            Part::Head => vec![vec![self.head, self.head]],
            Part::OtherLeg => self
                .other_leg
                .map(|(knee, foot)| vec![vec![self.hip, knee, foot]])
                .unwrap_or_default(),
            Part::Soleus => vec![self.soleus.to_vec()],
        }
    }

    /// The joints of `stance` with the heel at `raise` (0 at the bottom of a repetition, 100
    /// at the top).
    pub fn new(stance: &Stance, raise: u8) -> Joints {
        let (bottom, top) = stance.foot_degrees;
        let turn = bottom + (top - bottom) * i32::from(raise.min(100)) / 100;
        let foot = |turn: i32, point: Point| rotate(point, -turn, BALL);
        let ankle = foot(turn, ANKLE);
        let knee = along(ankle, stance.shank, SHANK);
        let thigh = stance.shank + stance.knee_degrees;
        let hip = if stance.hips_held {
            // Where the hips are with the heels down: the seat or the wall keeps them there.
            let ankle = foot(bottom, ANKLE);
            along(along(ankle, stance.shank, SHANK), thigh, THIGH)
        } else {
            along(knee, thigh, THIGH)
        };
        let shoulder = along(hip, stance.trunk, TRUNK);
        let elbow = along(shoulder, stance.arm.0, UPPER_ARM);
        let behind = along((0, 0), stance.shank + 90, SOLEUS_BEHIND);
        let soleus = [SOLEUS_SPAN.0, SOLEUS_SPAN.1].map(|height| {
            let p = along(ankle, stance.shank, height);
            (p.0 + behind.0, p.1 + behind.1)
        });
        Joints {
            toe: TOE,
            ball: BALL,
            heel: foot(turn, HEEL),
            ankle,
            knee,
            hip,
            shoulder,
            head: along(shoulder, stance.trunk, HEAD_ABOVE_SHOULDERS),
            elbow,
            hand: along(elbow, stance.arm.1, FOREARM),
            other_leg: stance.other_leg_lifted.map(|(thigh, shank)| {
                let knee = along(hip, thigh, THIGH);
                (knee, along(knee, shank, SHANK))
            }),
            soleus,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Room around the joints: the head's radius and its outline.
    const FRAME_MARGIN: i32 = 34;
    /// Height of a wall drawn behind or in front of the figure, above the floor.
    const WALL_HEIGHT: i32 = 430;

    /// Where a wall stands, if the exercise uses one: behind the back, or where the fingertips
    /// touch it.
    fn wall_x(stance: &Stance, bottom: &Joints) -> Option<i32> {
        match stance.support {
            Support::WallBehind => Some(bottom.hip.0 + 26),
            Support::WallInFront | Support::Step => Some(bottom.hand.0 - 12),
            Support::Chair | Support::Floor => None,
        }
    }

    /// Where a chair's back stands: behind the hips.
    fn chair_back_x(bottom: &Joints) -> i32 {
        bottom.hip.0 + 34
    }

    /// The floor's height: the step's top is the figure's ground.
    fn floor_y(stance: &Stance) -> i32 {
        if stance.support == Support::Step {
            STEP_RISE
        } else {
            0
        }
    }

    /// The frame an exercise's figure is drawn in, `(left, top, width, height)`: the body at the
    /// bottom and the top of a repetition, its wall and the floor, so a thumbnail is filled
    /// rather than drawn to one scale for all.
    fn computed_frame(stance: &Stance) -> (i32, i32, i32, i32) {
        let bottom = Joints::new(stance, 0);
        let (mut left, mut top, mut right) = (i32::MAX, i32::MAX, i32::MIN);
        let mut take = |(x, y): Point, margin: i32| {
            left = left.min(x - margin);
            right = right.max(x + margin);
            top = top.min(y - margin);
        };
        for j in [bottom, Joints::new(stance, 100)] {
            let other = j.other_leg.unwrap_or((j.hip, j.hip));
            for point in [
                j.toe, j.heel, j.ankle, j.knee, j.hip, j.shoulder, j.head, j.elbow, j.hand,
                other.0, other.1,
            ] {
                take(point, FRAME_MARGIN);
            }
        }
        if let Some(wall) = wall_x(stance, &bottom) {
            take((wall, 0), 8);
        }
        if stance.support == Support::Chair {
            take((chair_back_x(&bottom), 0), 8);
        }
        (left, top, right - left, floor_y(stance) + 8 - top)
    }

    /// The floor and what the exercise rests on, as lines drawn with the props' stroke:
    /// fixed for an exercise, placed from its pose at the bottom of a repetition.
    fn computed_props(stance: &Stance) -> Vec<Vec<Point>> {
        let j = Joints::new(stance, 0);
        let (left, top, width, _) = computed_frame(stance);
        let floor = floor_y(stance);
        let mut d = Vec::new();
        let polyline = |lines: &mut Vec<Vec<Point>>, points: &[Point]| lines.push(points.to_vec());
        polyline(&mut d, &[(left, floor), (left + width, floor)]);
        if let Some(wall) = wall_x(stance, &j) {
            polyline(
                &mut d,
                &[(wall, floor), (wall, top.min(floor - WALL_HEIGHT))],
            );
        }
        match stance.support {
            Support::Chair => {
                // Seat under the hips and thighs, legs to the floor, back behind the trunk.
                let seat = j.hip.1 + LIMB_RADIUS + 8;
                let (front, back) = (j.knee.0 + 24, chair_back_x(&j));
                polyline(
                    &mut d,
                    &[(front, 0), (front, seat), (back, seat), (back, 0)],
                );
                polyline(&mut d, &[(back, seat), (back, j.shoulder.1 + 20)]);
            }
            Support::Step => {
                // The step's edge lies just behind the ball of the foot.
                let edge = BALL.0 + LIMB_RADIUS;
                polyline(&mut d, &[(j.hand.0 - 12, 0), (edge, 0), (edge, floor)]);
            }
            Support::WallBehind | Support::WallInFront | Support::Floor => {}
        }
        d
    }

    #[test]
    fn each_frame_and_its_props_follow_the_pose() {
        for (exercise, each_leg) in variants() {
            let s = stance(exercise, each_leg);
            let props: Vec<Vec<Point>> = s.props.iter().map(|line| line.to_vec()).collect();
            assert_eq!(
                (s.frame, props),
                (computed_frame(&s), computed_props(&s)),
                "{exercise:?}, each leg {each_leg}: set these in stance()"
            );
        }
    }

    /// Every exercise, prescribed on both legs and on each leg in turn.
    fn variants() -> impl Iterator<Item = (Exercise, bool)> {
        Exercise::ALL
            .into_iter()
            .flat_map(|exercise| [(exercise, false), (exercise, true)])
    }

    fn all_poses() -> impl Iterator<Item = ((Exercise, bool), u8, Joints)> {
        variants().flat_map(|(exercise, each_leg)| {
            [0, 50, 100].map(move |raise| {
                (
                    (exercise, each_leg),
                    raise,
                    Joints::new(&stance(exercise, each_leg), raise),
                )
            })
        })
    }

    #[test]
    fn a_repetition_lifts_the_heel_and_keeps_the_toes_down() {
        for exercise in variants() {
            let s = stance(exercise.0, exercise.1);
            let (bottom, top) = (Joints::new(&s, 0), Joints::new(&s, 100));
            assert_eq!(top.toe, bottom.toe, "{exercise:?}");
            assert_eq!(top.ball, bottom.ball, "{exercise:?}");
            assert!(top.heel.1 < bottom.heel.1 - 20, "{exercise:?}: {top:?}");
            assert!(top.ankle.1 < bottom.ankle.1, "{exercise:?}");
        }
    }

    #[test]
    fn standing_the_whole_body_rises_and_held_hips_stay() {
        for exercise in variants() {
            let s = stance(exercise.0, exercise.1);
            let (bottom, top) = (Joints::new(&s, 0), Joints::new(&s, 100));
            if s.hips_held {
                assert_eq!(top.hip, bottom.hip, "{exercise:?}");
                assert!(top.knee.1 < bottom.knee.1, "{exercise:?}: the knee rises");
            } else {
                assert!(
                    top.head.1 < bottom.head.1 - 15,
                    "{exercise:?}: the body rises"
                );
            }
        }
    }

    #[test]
    fn every_exercise_keeps_the_knee_bent() {
        for (exercise, each_leg) in variants() {
            assert!(
                stance(exercise, each_leg).knee_degrees >= 20,
                "{exercise:?}"
            );
        }
        assert_eq!(stance(Exercise::SeatedHeelRaise, false).knee_degrees, 90);
    }

    #[test]
    fn the_step_exercise_lowers_the_heel_below_the_step_first() {
        let s = stance(Exercise::StepHeelRaise, true);
        assert!(
            Joints::new(&s, 0).heel.1 > BALL.1,
            "the heel starts below the ball"
        );
        assert!(Joints::new(&s, 0).other_leg.is_some(), "on one leg");
    }

    #[test]
    fn a_single_leg_prescription_lifts_the_other_leg_where_it_shows() {
        for (exercise, each_leg) in variants() {
            let lifted = Joints::new(&stance(exercise, each_leg), 0)
                .other_leg
                .is_some();
            let expected =
                exercise == Exercise::StepHeelRaise || single_leg_variant(exercise, each_leg);
            assert_eq!(lifted, expected, "{exercise:?}, each leg {each_leg}");
        }
        assert!(single_leg_variant(Exercise::BentKneeHeelRaise, true));
        assert!(!single_leg_variant(Exercise::BentKneeHeelRaise, false));
        assert!(!single_leg_variant(Exercise::SeatedHeelRaise, true));
    }

    #[test]
    fn every_pose_fits_its_frame_and_fills_it() {
        for (exercise, raise, j) in all_poses() {
            let (left, top, width, height) = computed_frame(&stance(exercise.0, exercise.1));
            let inside = |(x, y): Point, margin: i32| {
                x - margin >= left
                    && x + margin <= left + width
                    && y - margin >= top
                    && y + margin <= top + height
            };
            let mut points = vec![
                j.toe, j.heel, j.ankle, j.knee, j.hip, j.shoulder, j.elbow, j.hand,
            ];
            points.extend(j.other_leg.map(|(k, f)| [k, f]).into_iter().flatten());
            for p in points {
                assert!(inside(p, LIMB_RADIUS), "{exercise:?} at {raise}: {p:?}");
            }
            assert!(
                inside(j.head, 30),
                "{exercise:?} at {raise}: head {:?}",
                j.head
            );
            // Head to toe takes most of the frame's height.
            let figure_height = j.toe.1 - j.head.1;
            assert!(
                figure_height * 10 >= height * 7,
                "{exercise:?} at {raise}: {figure_height} of {height}"
            );
        }
    }

    #[test]
    fn the_poses_tell_the_exercises_apart() {
        let seated = Joints::new(&stance(Exercise::SeatedHeelRaise, false), 0);
        assert!(
            (seated.hip.1 - seated.knee.1).abs() < 10,
            "the thigh is level on the seat"
        );
        let wall_sit = Joints::new(&stance(Exercise::WallSitHeelRaise, false), 0);
        assert!(
            wall_sit.hip.1 < wall_sit.knee.1 - 30,
            "a shallow sit, higher than a chair"
        );
        let standing = Joints::new(&stance(Exercise::BentKneeHeelRaise, false), 0);
        assert!(standing.hip.1 < standing.knee.1 - 80, "standing");
        assert!(
            standing.knee.0 < standing.ankle.0,
            "the knee bent forward over the toes"
        );
        // Each exercise's limbs at the top of a repetition and its props, written out.
        let paths: Vec<String> = Exercise::ALL
            .map(|e| {
                let s = stance(e, false);
                format!(
                    "{:?} {:?}",
                    Joints::new(&s, 100).lines(Part::Limbs),
                    s.props
                )
            })
            .into();
        for (i, a) in paths.iter().enumerate() {
            assert!(
                paths[i + 1..].iter().all(|b| b != a),
                "{:?}",
                Exercise::ALL[i]
            );
        }
    }

    #[test]
    fn the_limbs_run_from_the_toes_and_a_standing_other_leg_is_not_drawn() {
        let j = Joints::new(&stance(Exercise::SeatedHeelRaise, false), 0);
        assert_eq!(j.lines(Part::Limbs)[0], [TOE, BALL, HEEL]);
        assert!(j.lines(Part::OtherLeg).is_empty());
    }
}
