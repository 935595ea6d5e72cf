//! One running step's stance, from touchdown to toe-off: how the leg is posed, which phase it
//! is in, and a model estimate of how hard the soleus and the gastrocnemius work at each
//! instant, as multiples of body weight.
//!
//! What is sourced and what is not (see [`SOURCES`]):
//!
//! - The **peak ranges** are the multiples widely quoted from Dorn, Schache & Pandy 2012
//!   (soleus about 6–8×, gastrocnemius about 3–4× body weight), not verified against the
//!   paper's figures: they are shown as a quoted range, never as a measurement.
//! - That the calf's force **grows with speed** (up to about 7 m/s) is from Dorn 2012's
//!   abstract; where in the quoted range an easy and a faster run fall is illustrative: the
//!   easy run takes the range's lower part, the faster run its upper part.
//! - That the **soleus gives more support** than any other muscle is from Hamner & Delp 2013
//!   (secondary source), so its curve is drawn above the gastrocnemius'.
//! - That a **forefoot landing loads the calf from touchdown**, while a heel landing lets the
//!   shin muscles work first, is from Ahn 2014 and Yong 2020; only the early stance differs.
//! - The **shapes** of the curves between touchdown and toe-off are illustrative.
//!
//! The drawn poses follow typical running: the knee bends to about 45° at mid-stance
//! (44 ± 6° at the peak knee moment, Roos 2012), the shin leans forward over the planted foot,
//! and the heel rises in push-off while the toes stay down.

use super::evidence::SourceId;
use super::figure::{Joints, Stance, Support, BALL, TOE};
use super::pose::{rotate, Point};

/// The sources behind the stride's words, numbers and poses, in the order it lists them:
/// the quoted peaks and the speed (Dorn 2012), the soleus' support (Hamner & Delp 2013), the
/// landing (Ahn 2014, Yong 2020) and the knee at mid-stance (Roos 2012).
pub const SOURCES: [SourceId; 5] = [
    SourceId::Dorn2012,
    SourceId::HamnerDelp2013,
    SourceId::Ahn2014,
    SourceId::Yong2020,
    SourceId::Roos2012,
];

/// Up to this speed, metres per second, the calf muscles give most of the body's support and
/// more as the run gets faster; above it the hip muscles take over (Dorn 2012, abstract).
pub const CALF_SUPPORT_UP_TO_MS: u8 = 7;

/// The knee's bend at mid-stance, degrees (Roos 2012: 44 ± 6° at the peak knee moment).
pub const MID_STANCE_KNEE_DEGREES: u8 = 45;

/// How the foot first meets the ground.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Landing {
    /// Heel first; the forefoot is lowered by the shin muscles.
    Heel,
    /// Ball of the foot first; the calf lowers the heel.
    Forefoot,
}

/// How fast the run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Speed {
    /// An easy run.
    Easy,
    /// A faster run (still well under the 7 m/s where Dorn 2012 saw the hip take over).
    Faster,
}

/// The calf muscles the stride shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CalfMuscle {
    /// The deep, one-joint muscle.
    Soleus,
    /// The superficial muscle that also crosses the knee.
    Gastrocnemius,
}

/// The parts of stance, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// The foot meets the ground.
    Touchdown,
    /// The leg takes the landing: knee and ankle bend.
    Absorbing,
    /// The body passes over the foot; the knee is bent most.
    MidStance,
    /// The heel rises and the leg pushes the body up and on.
    PushOff,
    /// The toes leave the ground.
    ToeOff,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 5] = [
        Phase::Touchdown,
        Phase::Absorbing,
        Phase::MidStance,
        Phase::PushOff,
        Phase::ToeOff,
    ];

    /// The phase at `percent` of stance.
    pub fn at(percent: u8) -> Phase {
        match percent {
            0..=9 => Phase::Touchdown,
            10..=34 => Phase::Absorbing,
            35..=59 => Phase::MidStance,
            60..=94 => Phase::PushOff,
            _ => Phase::ToeOff,
        }
    }

    /// Where the phase is shown when stepped to (a shortcut, a phase button): its middle,
    /// and the very ends for touchdown and toe-off.
    pub fn percent(self) -> u8 {
        match self {
            Phase::Touchdown => 0,
            Phase::Absorbing => 22,
            Phase::MidStance => 45,
            Phase::PushOff => 75,
            Phase::ToeOff => 100,
        }
    }
}

/// A range of force, in tenths of body weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    /// Lower end.
    pub low: u16,
    /// Upper end.
    pub high: u16,
}

/// The quoted peak range, tenths of body weight: soleus about 6–8×, gastrocnemius about 3–4×.
pub fn quoted_peak(muscle: CalfMuscle) -> Band {
    match muscle {
        CalfMuscle::Soleus => Band { low: 60, high: 80 },
        CalfMuscle::Gastrocnemius => Band { low: 30, high: 40 },
    }
}

/// The part of the quoted range a run's peak is drawn in: the lower part for an easy run, the
/// upper part for a faster one (illustrative; the sources give only the direction).
pub fn peak(muscle: CalfMuscle, speed: Speed) -> Band {
    let Band { low, high } = quoted_peak(muscle);
    let middle = (low + high) / 2;
    match speed {
        Speed::Easy => Band { low, high: middle },
        Speed::Faster => Band { low: middle, high },
    }
}

/// Each curve's shape, percent of its peak at every tenth of stance (0 %, 10 % … 100 %):
/// illustrative. The soleus peaks near mid-stance, the gastrocnemius a little later; after a
/// forefoot landing both start loaded.
fn shape(muscle: CalfMuscle, landing: Landing) -> [u16; 11] {
    match (muscle, landing) {
        (CalfMuscle::Soleus, Landing::Heel) => [4, 18, 45, 75, 95, 100, 88, 65, 38, 14, 0],
        (CalfMuscle::Soleus, Landing::Forefoot) => [30, 55, 78, 94, 100, 100, 88, 65, 38, 14, 0],
        (CalfMuscle::Gastrocnemius, Landing::Heel) => [3, 12, 32, 58, 82, 97, 100, 80, 50, 20, 0],
        (CalfMuscle::Gastrocnemius, Landing::Forefoot) => {
            [26, 46, 66, 85, 96, 97, 100, 80, 50, 20, 0]
        }
    }
}

/// The model's force for `muscle` at `percent` of stance, tenths of body weight: the curve's
/// shape (interpolated between tenths) times the run's peak range.
pub fn force(muscle: CalfMuscle, landing: Landing, speed: Speed, percent: u8) -> Band {
    let percent = u16::from(percent.min(100));
    let points = shape(muscle, landing);
    let index = usize::from(percent / 10).min(9);
    let within = percent - index as u16 * 10;
    let share = (points[index] * (10 - within) + points[index + 1] * within) / 10;
    let Band { low, high } = peak(muscle, speed);
    Band {
        low: (low * share + 50) / 100,
        high: (high * share + 50) / 100,
    }
}

/// The leg's pose at one instant, as the figure system draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct KeyPose {
    /// Percent of stance this pose is at.
    at: u8,
    knee: i32,
    shank: i32,
    /// The foot's turn: positive about the ball (heel up), negative about the heel (toes up).
    foot: i32,
    /// The swinging leg's thigh and shank directions (180° points straight down).
    other: (i32, i32),
    /// The near arm's upper arm and forearm directions: it swings against the near leg, the
    /// elbow bent about 80°.
    arm: (i32, i32),
}

/// A key pose, one table row: percent of stance, knee, shank, foot, the other leg (thigh,
/// shank) and the near arm (upper arm, forearm).
const fn key(
    at: u8,
    knee: i32,
    shank: i32,
    foot: i32,
    other: (i32, i32),
    arm: (i32, i32),
) -> KeyPose {
    KeyPose {
        at,
        knee,
        shank,
        foot,
        other,
        arm,
    }
}

/// Key poses after a heel landing. Directions are degrees from straight up, positive towards
/// the back (see [`Stance`]).
const HEEL_POSES: [KeyPose; 5] = [
    key(0, 18, 10, -14, (160, 80), (145, 225)),
    key(22, 36, -6, 0, (172, 60), (160, 240)),
    key(45, 45, -22, 0, (190, 45), (178, 258)),
    key(75, 32, -38, 18, (215, 110), (196, 276)),
    key(100, 20, -50, 36, (228, 165), (210, 290)),
];

/// Key poses after a forefoot landing: on the ball of the foot at touchdown, the heel lowered
/// by the calf; the same as after a heel landing from mid-stance on.
const FOREFOOT_POSES: [KeyPose; 5] = [
    key(0, 20, 4, 14, (160, 80), (145, 225)),
    key(22, 38, -10, 0, (172, 60), (160, 240)),
    HEEL_POSES[2],
    HEEL_POSES[3],
    HEEL_POSES[4],
];

/// The frame the runner is drawn in, `(left, top, width, height)`: every pose of both
/// landings with the floor (a test checks it).
pub const FRAME: (i32, i32, i32, i32) = (-241, -419, 517, 429);

/// The floor under the runner.
const FLOOR: &[&[(i32, i32)]] = &[&[(-241, 0), (276, 0)]];

/// The runner's pose at `percent` of stance after `landing`, for the figure system: the
/// stance foot planted, the body passing over it, the other leg swinging through.
pub fn stance(landing: Landing, percent: u8) -> Stance {
    let poses = match landing {
        Landing::Heel => &HEEL_POSES,
        Landing::Forefoot => &FOREFOOT_POSES,
    };
    let percent = i32::from(percent.min(100));
    let next = poses
        .iter()
        .position(|pose| i32::from(pose.at) >= percent)
        .unwrap_or(poses.len() - 1)
        .max(1);
    let (a, b) = (poses[next - 1], poses[next]);
    let span = (i32::from(b.at) - i32::from(a.at)).max(1);
    let t = (percent - i32::from(a.at)).clamp(0, span);
    let mix = |x: i32, y: i32| x + (y - x) * t / span;
    let foot = mix(a.foot, b.foot);
    Stance {
        knee_degrees: mix(a.knee, b.knee),
        shank: mix(a.shank, b.shank),
        trunk: -8,
        arm: (mix(a.arm.0, b.arm.0), mix(a.arm.1, b.arm.1)),
        hips_held: false,
        foot_degrees: (foot, foot),
        other_leg_lifted: Some((mix(a.other.0, b.other.0), mix(a.other.1, b.other.1))),
        support: Support::Floor,
        frame: FRAME,
        props: FLOOR,
    }
}

/// The runner's joints at `percent` of stance after `landing`. A foot turned toes-up (the
/// heel landing) rests on its heel: the figure system turns a foot about its ball, so the
/// whole figure is lifted until the heel touches the floor, and the toes turn with the foot.
pub fn joints(landing: Landing, percent: u8) -> Joints {
    let stance = stance(landing, percent);
    let mut joints = Joints::new(&stance, 0);
    let turn = stance.foot_degrees.0;
    if turn < 0 {
        joints.toe = rotate(TOE, -turn, BALL);
        let lift = joints.heel.1 - BALL.1;
        let up = |p: &mut Point| p.1 -= lift;
        for point in [
            &mut joints.toe,
            &mut joints.ball,
            &mut joints.heel,
            &mut joints.ankle,
            &mut joints.knee,
            &mut joints.hip,
            &mut joints.shoulder,
            &mut joints.head,
            &mut joints.elbow,
            &mut joints.hand,
        ] {
            up(point);
        }
        for point in &mut joints.soleus {
            up(point);
        }
        if let Some((knee, foot)) = &mut joints.other_leg {
            up(knee);
            up(foot);
        }
    }
    joints
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: [Landing; 2] = [Landing::Heel, Landing::Forefoot];
    const SPEEDS: [Speed; 2] = [Speed::Easy, Speed::Faster];

    #[test]
    fn at_mid_stance_the_soleus_works_harder_than_the_gastrocnemius_in_both_landings() {
        for landing in BOTH {
            for speed in SPEEDS {
                let soleus = force(CalfMuscle::Soleus, landing, speed, 45);
                let gastrocnemius = force(CalfMuscle::Gastrocnemius, landing, speed, 45);
                assert!(
                    soleus.low > gastrocnemius.high,
                    "{landing:?} {speed:?}: {soleus:?} vs {gastrocnemius:?}"
                );
            }
        }
    }

    #[test]
    fn a_forefoot_landing_loads_the_calf_from_touchdown_and_only_early_stance_differs() {
        for muscle in [CalfMuscle::Soleus, CalfMuscle::Gastrocnemius] {
            let heel = force(muscle, Landing::Heel, Speed::Easy, 5);
            let forefoot = force(muscle, Landing::Forefoot, Speed::Easy, 5);
            assert!(
                forefoot.low > 2 * heel.high,
                "{muscle:?}: {forefoot:?} vs {heel:?}"
            );
            for percent in 60..=100 {
                let heel = force(muscle, Landing::Heel, Speed::Easy, percent);
                let forefoot = force(muscle, Landing::Forefoot, Speed::Easy, percent);
                assert!(
                    heel.high.abs_diff(forefoot.high) <= 2,
                    "{muscle:?} at {percent}"
                );
            }
        }
    }

    #[test]
    fn peaks_stay_inside_the_quoted_range_and_a_faster_run_peaks_higher() {
        for muscle in [CalfMuscle::Soleus, CalfMuscle::Gastrocnemius] {
            let quoted = quoted_peak(muscle);
            for landing in BOTH {
                let highest = |speed| {
                    (0..=100)
                        .map(|p| force(muscle, landing, speed, p))
                        .max_by_key(|band| band.high)
                        .unwrap()
                };
                let (easy, faster) = (highest(Speed::Easy), highest(Speed::Faster));
                assert!(faster.low >= easy.high, "{muscle:?} {landing:?}");
                assert!(easy.low == quoted.low && faster.high == quoted.high);
            }
        }
    }

    #[test]
    fn the_calf_is_unloaded_at_toe_off_and_bands_never_invert() {
        for landing in BOTH {
            for speed in SPEEDS {
                for muscle in [CalfMuscle::Soleus, CalfMuscle::Gastrocnemius] {
                    assert_eq!(force(muscle, landing, speed, 100), Band { low: 0, high: 0 });
                    for p in 0..=100 {
                        let band = force(muscle, landing, speed, p);
                        assert!(band.low <= band.high);
                    }
                }
            }
        }
    }

    #[test]
    fn the_heel_rises_after_mid_stance_while_the_toes_stay_down() {
        for landing in BOTH {
            let heel_at = |p| joints(landing, p).heel.1;
            let toe_at = |p| joints(landing, p).toe.1;
            let flat = heel_at(45);
            assert_eq!(
                flat,
                toe_at(45),
                "{landing:?}: the foot is flat at mid-stance"
            );
            let mut last = flat;
            for p in 46..=100 {
                let heel = heel_at(p);
                assert!(
                    heel <= last,
                    "{landing:?}: the heel only rises in push-off ({p})"
                );
                last = heel;
                assert_eq!(
                    toe_at(p),
                    toe_at(45),
                    "{landing:?}: the toes stay down ({p})"
                );
            }
            assert!(
                flat - heel_at(100) > 25,
                "{landing:?}: the heel is well up at toe-off"
            );
        }
    }

    #[test]
    fn a_heel_landing_meets_the_ground_with_the_toes_up_and_a_forefoot_landing_heel_up() {
        let heel = joints(Landing::Heel, 0);
        assert!(heel.toe.1 < heel.heel.1, "toes above the heel");
        let forefoot = joints(Landing::Forefoot, 0);
        assert!(forefoot.heel.1 < forefoot.toe.1, "heel above the toes");
    }

    #[test]
    fn the_swinging_leg_and_the_arm_hang_below_their_joints() {
        // Directions are degrees from straight up: a thigh or an upper arm pointing upwards
        // would be a drawing error, not a running pose.
        for landing in BOTH {
            for p in 0..=100 {
                let pose = stance(landing, p);
                let (thigh, _) = pose.other_leg_lifted.unwrap();
                assert!(
                    (120..=240).contains(&thigh),
                    "{landing:?} {p}: thigh {thigh}"
                );
                assert!(
                    (120..=240).contains(&pose.arm.0),
                    "{landing:?} {p}: arm {:?}",
                    pose.arm
                );
            }
        }
    }

    #[test]
    fn the_knee_is_bent_most_at_mid_stance() {
        for landing in BOTH {
            let knee = |p| stance(landing, p).knee_degrees;
            let most = (0..=100).map(knee).max().unwrap();
            assert_eq!(most, i32::from(MID_STANCE_KNEE_DEGREES));
            assert_eq!(knee(Phase::MidStance.percent()), most);
        }
    }

    /// The frame holds every pose of both landings, the head's disc and the limbs' width
    /// around the joints, and the floor below; computed here, so a pose change that leaves it
    /// wrong fails with the right value.
    #[test]
    fn the_frame_holds_every_pose() {
        let margin = 34;
        let (mut left, mut top, mut right) = (i32::MAX, i32::MAX, i32::MIN);
        for landing in BOTH {
            for p in 0..=100 {
                let j = joints(landing, p);
                let mut points = vec![j.toe, j.ball, j.heel, j.ankle, j.knee, j.hip, j.shoulder];
                points.extend([j.elbow, j.hand, j.head]);
                points.extend(j.other_leg.map_or(vec![], |(knee, foot)| vec![knee, foot]));
                for (x, y) in points {
                    left = left.min(x - margin);
                    right = right.max(x + margin);
                    top = top.min(y - margin);
                }
            }
        }
        let frame = (left, top, right - left, -top + 10);
        assert_eq!(FRAME, frame);
        assert_eq!(FLOOR, &[&[(left, 0), (right, 0)][..]]);
    }

    #[test]
    fn each_phase_is_where_it_says() {
        for phase in Phase::ALL {
            assert_eq!(Phase::at(phase.percent()), phase);
        }
        assert_eq!(Phase::at(0), Phase::Touchdown);
        assert_eq!(Phase::at(100), Phase::ToeOff);
    }
}
