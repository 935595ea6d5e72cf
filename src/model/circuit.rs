//! The recommended soleus circuit: a level and a list of bent-knee exercises with their dose.
//!
//! The exercises are common, well-described bent-knee calf exercises from physiotherapy
//! practice, never attributed to a person. Dosing follows what clinics typically prescribe:
//! 3 sets of 12–25 slow repetitions (2 s up, 1 s hold, 2 s down) or holds of 30–45 s, 2–3
//! times a week, progressing when the last set feels comfortable, with discomfort of at most
//! 3/10 that settles by the next day (clinical practice, not a study finding). A physiotherapist
//! can tailor every part of it.
//!
//! From *build* up the seated raise is loaded (a weight on the thighs that leaves 2–3
//! repetitions in reserve), because an unloaded seated raise lifts little more than the
//! shins, and loaded sets get a longer rest. Standing and single-leg work is done with a hand
//! on a wall or rail.
//!
//! A runner has to finish it, so every level takes 12 to 20 minutes with its rests and leg
//! switches: three or four exercises, 30 s between unloaded sets and 60 s after loaded ones.
//! Single-leg sets take twice the time, so the levels with single-leg work have three
//! exercises.
//!
//! The level comes from the single-leg heel-raise self-test on both legs, using the weaker
//! leg: below the women's median of 21 repetitions (Hébert-Losier et al. 2017) is
//! *foundation*, from there to the clinicians' target of 25 is *build*, and 25 or more is
//! *performance*. A test on a flat floor (easier than the normed slope) goes no higher than
//! *build*. Without a test the running background decides. A previous calf or Achilles
//! problem, a recent jump in training load or an age of 60 or more lowers the level by one
//! (Green & Pizzari 2017 for age and previous strain; load spikes by clinical consensus). The
//! result is deterministic.

use super::evidence::Claim;

/// How demanding the circuit is. Serialised in host events as `"foundation"`, `"build"` or
/// `"performance"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Both legs, seated and supported work: for new runners or low capacity.
    Foundation,
    /// Single-leg work in a bent-knee position, a loaded seated raise.
    Build,
    /// Full range off a step, single-leg holds, a loaded seated raise.
    Performance,
}

impl Level {
    /// Every level, easiest first.
    pub const ALL: [Level; 3] = [Level::Foundation, Level::Build, Level::Performance];

    /// The level's stable, untranslated name (as serde spells it), for event payloads.
    pub fn tag(self) -> &'static str {
        match self {
            Level::Foundation => "foundation",
            Level::Build => "build",
            Level::Performance => "performance",
        }
    }

    /// One level easier, or the same at the bottom.
    pub fn easier(self) -> Level {
        match self {
            Level::Performance => Level::Build,
            Level::Build | Level::Foundation => Level::Foundation,
        }
    }

    /// Its position in [`Level::ALL`], for compact encodings.
    pub fn index(self) -> u8 {
        self as u8
    }

    /// The level at `index` in [`Level::ALL`].
    pub fn from_index(index: u8) -> Option<Level> {
        Level::ALL.get(usize::from(index)).copied()
    }
}

/// The exercises a circuit is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exercise {
    /// Seated heel raise, knee at about 90°, load on the thighs as it gets easy.
    SeatedHeelRaise,
    /// Standing heel raise with the knees bent, both legs or one.
    BentKneeHeelRaise,
    /// Heel raise while holding a wall sit or squat.
    WallSitHeelRaise,
    /// Single-leg bent-knee heel raise off a step, full range.
    StepHeelRaise,
    /// Bent-knee tiptoe hold for time (the "soleus walk" alternative), for endurance.
    BentKneeHold,
}

impl Exercise {
    /// The knee bend the exercise is done and drawn at, degrees: what the knee model's share
    /// is shown for on its card. The standing exercises keep the knees clearly but not deeply
    /// bent, so the model shifts little work there; the seated raise and the wall sit shift
    /// more.
    pub fn knee_degrees(self) -> u8 {
        match self {
            Exercise::SeatedHeelRaise => 90,
            Exercise::WallSitHeelRaise => 60,
            Exercise::BentKneeHeelRaise | Exercise::BentKneeHold => 30,
            Exercise::StepHeelRaise => 20,
        }
    }

    /// Every exercise, in circuit order.
    pub const ALL: [Exercise; 5] = [
        Exercise::SeatedHeelRaise,
        Exercise::BentKneeHeelRaise,
        Exercise::WallSitHeelRaise,
        Exercise::StepHeelRaise,
        Exercise::BentKneeHold,
    ];
}

/// Repetitions or a hold time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dose {
    /// Repetitions per set at [`TEMPO`].
    Reps(u8),
    /// Seconds held per set.
    HoldSeconds(u8),
}

/// Seconds up, held at the top, and down for each repetition (2-1-2).
pub const TEMPO: (u8, u8, u8) = (2, 1, 2);
/// The most discomfort, out of 10, that is acceptable during and after the exercises.
pub const MAX_DISCOMFORT_OUT_OF_10: u8 = 3;
/// The top of the pain scale the rule above is given on.
pub const PAIN_SCALE: u8 = 10;
/// Rest between unloaded sets, seconds (short, as in endurance-focused calf circuits).
pub const REST_SECONDS: u8 = 30;
/// Rest after a loaded set, seconds: the lower end of the 60–90 s clinics give loaded sets.
pub const LOADED_REST_SECONDS: u8 = 60;
/// A loaded set's weight leaves this many more repetitions in reserve (lowest, highest).
pub const LOAD_RESERVE_REPS: (u8, u8) = (2, 3);
/// Load added at each progression, kilograms (lowest, highest), at most once a week.
pub const LOAD_STEP_KG: (u8, u8) = (2, 5);
/// Slow repetitions that should feel comfortable before load is added.
pub const PROGRESS_FROM_REPS: u8 = 25;
/// A difference between the legs' self-test counts above this percentage of the stronger
/// leg's count is worth showing a physiotherapist (clinical practice).
pub const SIDE_DIFFERENCE_LIMIT_PERCENT: u8 = 10;
/// Time to switch legs between sides of a single-leg set, seconds.
pub const SWITCH_SECONDS: u8 = 10;
/// The player's count-in before the first repetition of each exercise and after each leg
/// switch, seconds: time to take the position once the screen says what comes (pacing, not
/// part of the dose).
pub const GET_READY_SECONDS: u8 = 3;
/// Median single-leg heel raises to fatigue in women (Hébert-Losier et al. 2017, 566 adults).
pub const HEEL_RAISE_MEDIAN_WOMEN: u8 = 21;
/// Median single-leg heel raises to fatigue in men (Hébert-Losier et al. 2017).
pub const HEEL_RAISE_MEDIAN_MEN: u8 = 24;
/// Below this many single-leg heel raises the level is foundation (the lower of the medians).
pub const HEEL_RAISES_BUILD_FROM: u8 = HEEL_RAISE_MEDIAN_WOMEN;
/// The slope of the normed self-test, degrees (Hébert-Losier et al. 2017).
pub const SELF_TEST_INCLINE_DEGREES: u8 = 10;
/// The ages of the adults behind the self-test's norms, years (Hébert-Losier et al. 2017).
pub const HEEL_RAISE_NORM_AGES: (u8, u8) = (20, 81);
/// Sessions a week: usually, and for a high weekly distance (clinical practice: 2–3).
pub const SESSIONS_PER_WEEK: (u8, u8) = (2, 3);
/// Sets of every exercise, and the fewer sets of the first week (to limit soreness).
pub const SETS: u8 = 3;
/// Sets of every exercise in the first week.
pub const FIRST_WEEK_SETS: u8 = 2;
/// The normed self-test's metronome, beats per minute: up on one beat, down on the next.
pub const SELF_TEST_BEATS_PER_MINUTE: u8 = 60;
/// The shortest and longest circuit any level may be, minutes.
pub const CIRCUIT_MINUTES: (u8, u8) = (12, 20);
/// From this many the level is performance (clinicians' lower target for runners).
pub const HEEL_RAISES_PERFORMANCE_FROM: u8 = 25;

/// One exercise as prescribed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prescription {
    /// Which exercise.
    pub exercise: Exercise,
    /// How many sets.
    pub sets: u8,
    /// Repetitions or hold per set.
    pub dose: Dose,
    /// Whether each set is done on each leg in turn (single-leg) or on both at once.
    pub each_leg: bool,
    /// Whether the exercise is done with an added weight (and a longer rest).
    pub loaded: bool,
}

impl Prescription {
    /// Seconds of work in one set on one side.
    pub fn work_seconds(&self) -> u32 {
        match self.dose {
            Dose::Reps(reps) => u32::from(reps) * u32::from(TEMPO.0 + TEMPO.1 + TEMPO.2),
            Dose::HoldSeconds(seconds) => u32::from(seconds),
        }
    }

    /// Seconds of rest after each set: longer after a loaded set.
    pub fn rest_seconds(&self) -> u32 {
        u32::from(if self.loaded {
            LOADED_REST_SECONDS
        } else {
            REST_SECONDS
        })
    }

    /// How many sides each set is done on.
    pub fn sides(&self) -> u32 {
        if self.each_leg {
            2
        } else {
            1
        }
    }
}

/// What the person's answers say, as the recommendation needs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    /// Running background.
    pub background: Option<Background>,
    /// Weekly running distance band.
    pub weekly_distance: Option<WeeklyDistance>,
    /// A recent jump in training load.
    pub recent_jump: bool,
    /// A previous calf or Achilles problem.
    pub previous_problem: bool,
    /// Age band.
    pub age: Option<AgeBand>,
    /// Single-leg straight-knee heel raises to fatigue on the weaker tested leg, if tested.
    pub heel_raises: Option<u8>,
    /// Both legs' counts, left then right, when both were tested.
    pub sides: Option<(u8, u8)>,
    /// The self-test was done on a flat floor, not the normed slope.
    pub flat_floor: bool,
    /// Usually lands on the forefoot or midfoot.
    pub forefoot_strike: bool,
}

/// How long and how seriously the person has been running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// New to running or returning after a long break.
    New,
    /// Runs regularly.
    Regular,
    /// Trains for races.
    Competitive,
}

/// Weekly running distance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeeklyDistance {
    /// Under 20 km.
    Low,
    /// 20 to 50 km.
    Medium,
    /// Over 50 km.
    High,
}

/// Weekly distance band limits, km: under the first is low, over the second is high.
pub const WEEKLY_KM_LIMITS: (u8, u8) = (20, 50);

/// Age band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeBand {
    /// Under 40.
    Under40,
    /// 40 to 59.
    From40To59,
    /// 60 or over.
    From60,
}

/// Age band limits, years.
pub const AGE_LIMITS: (u8, u8) = (40, 60);

/// Why the recommendation is what it is, in terms of the person's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The self-test count and the level it points to.
    SelfTest(u8, Level),
    /// The self-test was done on a flat floor, so the comparison with the norms is approximate.
    FlatFloor,
    /// No self-test: the running background decided.
    NoSelfTest(Level),
    /// A previous calf or Achilles problem: one level easier.
    PreviousProblem,
    /// A recent jump in training load: one level easier.
    RecentJump,
    /// Age 60 or over: one level easier.
    OlderAge,
    /// High weekly distance: three sessions a week.
    HighDistance,
    /// Forefoot or midfoot strike: the calf works earlier and for longer in each step.
    ForefootStrike,
    /// Both legs were tested: their counts, left then right, and so their difference.
    Sides(u8, u8),
}

impl Reason {
    /// The claims behind this reason's words.
    pub fn claims(self) -> &'static [Claim] {
        match self {
            // The self-test's words give the study's medians and the clinicians' target.
            Reason::SelfTest(..) => &[Claim::HeelRaiseNorms, Claim::HeelRaiseTarget],
            Reason::NoSelfTest(_) | Reason::FlatFloor => &[Claim::HeelRaiseNorms],
            Reason::PreviousProblem | Reason::OlderAge => &[Claim::CalfStrainRisk],
            Reason::RecentJump => &[Claim::LoadSpike],
            Reason::HighDistance | Reason::Sides(..) => &[Claim::ExerciseDosing],
            Reason::ForefootStrike => &[Claim::FootStrike],
        }
    }
}

/// The recommendation: level, exercises, frequency and the reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The level.
    pub level: Level,
    /// The exercises in order.
    pub exercises: Vec<Prescription>,
    /// Sessions per week.
    pub sessions_per_week: u8,
    /// Why, from the answers.
    pub reasons: Vec<Reason>,
}

impl Recommendation {
    /// Total time of one circuit in seconds: work on every side of every set, a leg switch
    /// between the sides of a single-leg set, and each set's rest after every set but the
    /// last. The player's count-ins end a switch or a rest, except its opening one, a few
    /// seconds before the circuit starts ([`GET_READY_SECONDS`]).
    pub fn total_seconds(&self) -> u32 {
        let rests: u32 = self
            .exercises
            .iter()
            .map(|p| u32::from(p.sets) * p.rest_seconds())
            .sum::<u32>()
            .saturating_sub(self.exercises.last().map_or(0, Prescription::rest_seconds));
        let work: u32 = self
            .exercises
            .iter()
            .map(|p| u32::from(p.sets) * p.sides() * p.work_seconds())
            .sum();
        let switches: u32 = self
            .exercises
            .iter()
            .map(|p| u32::from(p.sets) * (p.sides() - 1))
            .sum();
        work + switches * u32::from(SWITCH_SECONDS) + rests
    }
}

/// The claims behind every recommendation.
pub const CLAIMS: [Claim; 3] = [
    Claim::ExerciseDosing,
    Claim::HeelRaiseNorms,
    Claim::HeelRaiseTarget,
];

/// The exercises of a level.
pub fn exercises(level: Level) -> Vec<Prescription> {
    use Dose::{HoldSeconds, Reps};
    use Exercise::*;
    let p = |exercise, dose, each_leg| Prescription {
        exercise,
        sets: SETS,
        dose,
        each_leg,
        loaded: false,
    };
    let loaded = |exercise, dose| Prescription {
        loaded: true,
        ..p(exercise, dose, false)
    };
    match level {
        // Both legs at once, no added load: four exercises, 17:30.
        Level::Foundation => vec![
            p(SeatedHeelRaise, Reps(15), false),
            p(BentKneeHeelRaise, Reps(15), false),
            p(WallSitHeelRaise, Reps(12), false),
            p(BentKneeHold, HoldSeconds(30), false),
        ],
        // A loaded seated raise and single-leg bent-knee raises: three exercises, 18:45.
        Level::Build => vec![
            loaded(SeatedHeelRaise, Reps(12)),
            p(BentKneeHeelRaise, Reps(12), true),
            p(WallSitHeelRaise, Reps(15), false),
        ],
        // A loaded seated raise, full range off a step and single-leg holds: three exercises,
        // 20:00.
        Level::Performance => vec![
            loaded(SeatedHeelRaise, Reps(12)),
            p(StepHeelRaise, Reps(15), true),
            p(BentKneeHold, HoldSeconds(30), true),
        ],
    }
}

/// How much fewer the weaker leg managed, as a whole percentage of the stronger leg's count
/// (rounded down); 0 when neither managed any.
pub fn side_difference_percent(left: u8, right: u8) -> u8 {
    let (strong, weak) = (u32::from(left.max(right)), u32::from(left.min(right)));
    ((strong - weak) * 100).checked_div(strong).unwrap_or(0) as u8
}

/// The level a heel-raise count points to.
pub fn level_for_heel_raises(count: u8) -> Level {
    if count >= HEEL_RAISES_PERFORMANCE_FROM {
        Level::Performance
    } else if count >= HEEL_RAISES_BUILD_FROM {
        Level::Build
    } else {
        Level::Foundation
    }
}

/// The recommendation for a profile. Crate-private: the only way to a circuit from outside
/// is `QuizState::result`, which triages first, so no caller can skip the screening.
pub(crate) fn recommend(profile: &Profile) -> Recommendation {
    let mut reasons = Vec::new();
    let base = match profile.heel_raises {
        Some(count) => {
            let level = level_for_heel_raises(count);
            reasons.push(Reason::SelfTest(count, level));
            if let Some((left, right)) = profile.sides {
                reasons.push(Reason::Sides(left, right));
            }
            if profile.flat_floor {
                // A flat floor asks less of the calf than the normed slope: never the top level.
                reasons.push(Reason::FlatFloor);
                level.min(Level::Build)
            } else {
                level
            }
        }
        None => {
            let level = match profile.background {
                Some(Background::Regular | Background::Competitive) => Level::Build,
                Some(Background::New) | None => Level::Foundation,
            };
            reasons.push(Reason::NoSelfTest(level));
            level
        }
    };
    let mut cautions = Vec::new();
    if profile.previous_problem {
        cautions.push(Reason::PreviousProblem);
    }
    if profile.recent_jump {
        cautions.push(Reason::RecentJump);
    }
    if profile.age == Some(AgeBand::From60) {
        cautions.push(Reason::OlderAge);
    }
    // One step down however many cautions: they overlap, and Foundation is already gentle.
    let level = if cautions.is_empty() {
        base
    } else {
        base.easier()
    };
    reasons.extend(cautions);
    if profile.forefoot_strike {
        reasons.push(Reason::ForefootStrike);
    }
    let sessions_per_week = if profile.weekly_distance == Some(WeeklyDistance::High) {
        reasons.push(Reason::HighDistance);
        SESSIONS_PER_WEEK.1
    } else {
        SESSIONS_PER_WEEK.0
    };
    Recommendation {
        level,
        exercises: exercises(level),
        sessions_per_week,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_takes_twelve_to_twenty_minutes_including_rests_and_switches() {
        let (shortest, longest) = CIRCUIT_MINUTES;
        for level in Level::ALL {
            let circuit = Recommendation {
                level,
                exercises: exercises(level),
                sessions_per_week: 2,
                reasons: vec![],
            };
            let seconds = circuit.total_seconds();
            assert!(
                (u32::from(shortest) * 60..=u32::from(longest) * 60).contains(&seconds),
                "{level:?} takes {seconds} s"
            );
        }
    }

    #[test]
    fn every_level_has_three_or_four_bent_knee_exercises_within_clinic_dosing() {
        for level in Level::ALL {
            let list = exercises(level);
            assert!((3..=4).contains(&list.len()), "{level:?}");
            for p in list {
                assert_eq!(p.sets, 3);
                match (p.dose, p.loaded) {
                    (Dose::Reps(reps), true) => assert!((8..=15).contains(&reps)),
                    (Dose::Reps(reps), false) => assert!((12..=25).contains(&reps)),
                    (Dose::HoldSeconds(s), _) => assert!((30..=45).contains(&s)),
                }
                assert!((30..=90).contains(&p.rest_seconds()));
            }
        }
    }

    #[test]
    fn the_self_test_sets_the_level() {
        assert_eq!(level_for_heel_raises(8), Level::Foundation);
        assert_eq!(level_for_heel_raises(22), Level::Build);
        assert_eq!(level_for_heel_raises(30), Level::Performance);
    }

    #[test]
    fn a_previous_problem_lowers_the_level_by_one_and_says_why() {
        let profile = Profile {
            heel_raises: Some(30),
            previous_problem: true,
            recent_jump: true,
            ..Profile::default()
        };
        let recommendation = recommend(&profile);
        assert_eq!(recommendation.level, Level::Build);
        assert!(recommendation.reasons.contains(&Reason::PreviousProblem));
        assert!(recommendation.reasons.contains(&Reason::RecentJump));
    }

    #[test]
    fn without_a_self_test_a_new_runner_starts_at_foundation() {
        let profile = Profile {
            background: Some(Background::New),
            ..Profile::default()
        };
        assert_eq!(recommend(&profile).level, Level::Foundation);
        assert_eq!(
            recommend(&profile).reasons,
            vec![Reason::NoSelfTest(Level::Foundation)]
        );
    }

    #[test]
    fn a_high_weekly_distance_gives_three_sessions_a_week() {
        let profile = Profile {
            background: Some(Background::Competitive),
            weekly_distance: Some(WeeklyDistance::High),
            heel_raises: Some(27),
            ..Profile::default()
        };
        assert_eq!(recommend(&profile).sessions_per_week, 3);
        assert!(recommend(&profile).reasons.contains(&Reason::HighDistance));
    }

    #[test]
    fn the_level_names_match_their_exercises() {
        // Build and Performance are single-leg levels with a loaded seated raise; Foundation
        // is on both legs without load. Performance's hold is on one leg, as its summary says.
        let foundation = exercises(Level::Foundation);
        assert!(foundation.iter().all(|p| !p.each_leg && !p.loaded));
        for level in [Level::Build, Level::Performance] {
            let list = exercises(level);
            assert!(list.iter().any(|p| p.each_leg), "{level:?}");
            assert!(list
                .iter()
                .any(|p| p.exercise == Exercise::SeatedHeelRaise && p.loaded));
        }
        assert!(exercises(Level::Performance)
            .iter()
            .any(|p| p.exercise == Exercise::BentKneeHold && p.each_leg));
    }

    #[test]
    fn a_flat_floor_count_never_reaches_the_top_level() {
        let profile = Profile {
            heel_raises: Some(40),
            flat_floor: true,
            ..Profile::default()
        };
        assert_eq!(recommend(&profile).level, Level::Build);
        assert!(recommend(&profile).reasons.contains(&Reason::FlatFloor));
    }

    #[test]
    fn both_legs_counts_are_reported_with_their_difference() {
        let both = Profile {
            heel_raises: Some(22),
            sides: Some((30, 22)),
            ..Profile::default()
        };
        assert!(recommend(&both).reasons.contains(&Reason::Sides(30, 22)));
        assert_eq!(side_difference_percent(30, 22), 26);
        assert_eq!(side_difference_percent(22, 30), 26);
        assert_eq!(side_difference_percent(0, 0), 0);
        assert!(side_difference_percent(20, 18) <= SIDE_DIFFERENCE_LIMIT_PERCENT);
        let one_leg = Profile {
            heel_raises: Some(22),
            ..Profile::default()
        };
        assert!(!recommend(&one_leg)
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::Sides(..))));
    }

    #[test]
    fn total_time_counts_work_switches_and_rests() {
        let recommendation = Recommendation {
            level: Level::Build,
            exercises: vec![Prescription {
                exercise: Exercise::StepHeelRaise,
                sets: 2,
                dose: Dose::Reps(10),
                each_leg: true,
                loaded: false,
            }],
            sessions_per_week: 2,
            reasons: vec![],
        };
        // 2 sets × 2 sides × 50 s + 2 switches × 10 s + 1 rest × 30 s
        assert_eq!(recommendation.total_seconds(), 200 + 20 + 30);
    }
}
