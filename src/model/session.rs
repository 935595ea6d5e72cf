//! The guided circuit player's brain: a state machine over the circuit's phases.
//!
//! Time comes from outside as elapsed milliseconds (`tick(elapsed)`), measured by the caller
//! from a monotonic clock, so a throttled or hidden browser tab catches up instead of
//! drifting, and tests need no clock at all.

use super::circuit::{Dose, Recommendation, GET_READY_SECONDS, SWITCH_SECONDS, TEMPO};

/// What the person does during a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhaseKind {
    /// The count-in: taking the position before the first repetition of an exercise, and
    /// after a leg switch, so the first repetition does not start the instant Start is pressed.
    GetReady,
    /// Doing the exercise.
    Work,
    /// Changing to the other leg.
    Switch,
    /// Resting between sets.
    Rest,
}

/// Which leg a phase is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Both legs together.
    Both,
    /// Left leg.
    Left,
    /// Right leg.
    Right,
}

/// One timed phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    /// Work, switch or rest.
    pub kind: PhaseKind,
    /// Index of the exercise in the recommendation.
    pub exercise: usize,
    /// Set number, 1-based.
    pub set: u8,
    /// Sets of this exercise.
    pub sets: u8,
    /// Which leg (for a rest or switch, the leg that just worked; for a count-in, the leg
    /// about to work).
    pub side: Side,
    /// Length, milliseconds.
    pub duration_ms: u64,
    /// Repetitions in a work phase paced at [`TEMPO`]; 0 for a hold, a rest or a switch.
    pub reps: u8,
}

/// Where a repetition is in its tempo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    /// Rising onto the toes.
    Up,
    /// Held at the top.
    Hold,
    /// Lowering the heels.
    Down,
}

/// The repetition under way in a paced work phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rep {
    /// Which repetition, 1-based.
    pub number: u8,
    /// Of how many.
    pub of: u8,
    /// Up, hold or down.
    pub stroke: Stroke,
    /// How far the heel is raised, 0 (down) to 100 (top), for the moving picture.
    pub height: u8,
}

/// A running (or paused, or finished) circuit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    phases: Vec<Phase>,
    index: usize,
    elapsed_in_phase_ms: u64,
    paused: bool,
    stopped_for_pain: bool,
}

/// Within this time of a phase's start, "back" goes to the previous phase rather than
/// restarting the current one, as music players do.
const BACK_RESTARTS_AFTER_MS: u64 = 2000;

/// The phases of a circuit, in order: every set's work (left then right for single-leg
/// exercises, with a switch between), and a rest after every set but the very last; a
/// count-in before each exercise's first work and after each switch, taken from the end of
/// the rest or switch before it.
pub fn phases(recommendation: &Recommendation) -> Vec<Phase> {
    let mut phases = Vec::new();
    let last_exercise = recommendation.exercises.len().saturating_sub(1);
    for (exercise, prescription) in recommendation.exercises.iter().enumerate() {
        let work_ms = u64::from(prescription.work_seconds()) * 1000;
        let sides: &[Side] = if prescription.each_leg {
            &[Side::Left, Side::Right]
        } else {
            &[Side::Both]
        };
        for set in 1..=prescription.sets {
            let reps = match prescription.dose {
                Dose::Reps(reps) => reps,
                Dose::HoldSeconds(_) => 0,
            };
            let phase = |kind, side, duration_ms| Phase {
                kind,
                exercise,
                set,
                sets: prescription.sets,
                side,
                duration_ms,
                reps: if kind == PhaseKind::Work { reps } else { 0 },
            };
            let get_ready_ms = u64::from(GET_READY_SECONDS) * 1000;
            for (i, side) in sides.iter().enumerate() {
                if i > 0 {
                    let switch_ms = u64::from(SWITCH_SECONDS) * 1000;
                    phases.push(phase(PhaseKind::Switch, sides[i - 1], switch_ms));
                }
                if i > 0 || set == 1 {
                    // The count-in is the last seconds of the switch, or of the rest before a
                    // new exercise, so the circuit takes only the very first one longer.
                    if let Some(before) = phases.last_mut() {
                        before.duration_ms = before.duration_ms.saturating_sub(get_ready_ms);
                    }
                    phases.push(phase(PhaseKind::GetReady, *side, get_ready_ms));
                }
                phases.push(phase(PhaseKind::Work, *side, work_ms));
            }
            let very_last = exercise == last_exercise && set == prescription.sets;
            if !very_last {
                let rest_ms = u64::from(prescription.rest_seconds()) * 1000;
                phases.push(phase(
                    PhaseKind::Rest,
                    *sides.last().unwrap_or(&Side::Both),
                    rest_ms,
                ));
            }
        }
    }
    phases
}

impl Session {
    /// A session at the start of `recommendation`'s circuit, running.
    pub fn new(recommendation: &Recommendation) -> Session {
        Session {
            phases: phases(recommendation),
            index: 0,
            elapsed_in_phase_ms: 0,
            paused: false,
            stopped_for_pain: false,
        }
    }

    /// Ends the circuit at once because it hurts: nothing more runs, and the player shows
    /// what to do instead.
    pub fn stop_for_pain(&mut self) {
        self.index = self.phases.len();
        self.elapsed_in_phase_ms = 0;
        self.stopped_for_pain = true;
    }

    /// Whether the circuit was ended because it hurt.
    pub fn stopped_for_pain(&self) -> bool {
        self.stopped_for_pain
    }

    /// Advances by `elapsed_ms` of real time, crossing as many phases as that covers.
    /// Ignored while paused or finished.
    pub fn tick(&mut self, elapsed_ms: u64) {
        if self.paused {
            return;
        }
        let mut left = elapsed_ms;
        while let Some(phase) = self.phases.get(self.index) {
            let remaining = phase.duration_ms - self.elapsed_in_phase_ms;
            if left < remaining {
                self.elapsed_in_phase_ms += left;
                return;
            }
            left -= remaining;
            self.index += 1;
            self.elapsed_in_phase_ms = 0;
        }
    }

    /// Stops time until [`Session::resume`].
    pub fn pause(&mut self) {
        self.paused = true;
    }

    /// Lets time run again.
    pub fn resume(&mut self) {
        self.paused = false;
    }

    /// Whether time is stopped.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Jumps to the start of the next phase (or the end).
    pub fn skip(&mut self) {
        if self.index < self.phases.len() {
            self.index += 1;
            self.elapsed_in_phase_ms = 0;
        }
    }

    /// Restarts the current phase, or goes to the previous one if it has only just begun.
    pub fn back(&mut self) {
        if self.stopped_for_pain {
            // A circuit stopped because it hurt is not resumed by a stray key.
            return;
        }
        if self.elapsed_in_phase_ms < BACK_RESTARTS_AFTER_MS {
            self.index = self.index.saturating_sub(1);
        }
        self.elapsed_in_phase_ms = 0;
    }

    /// The phase now, or `None` once finished.
    pub fn current(&self) -> Option<&Phase> {
        self.phases.get(self.index)
    }

    /// The phase after this one.
    pub fn next(&self) -> Option<&Phase> {
        self.phases.get(self.index + 1)
    }

    /// Whether every phase is done.
    pub fn is_finished(&self) -> bool {
        self.index >= self.phases.len()
    }

    /// Milliseconds left in the current phase.
    pub fn remaining_in_phase_ms(&self) -> u64 {
        self.current()
            .map(|p| p.duration_ms - self.elapsed_in_phase_ms)
            .unwrap_or(0)
    }

    /// The repetition under way, in a work phase paced by repetitions; `None` in a hold, a
    /// rest, a switch or at the end.
    pub fn rep(&self) -> Option<Rep> {
        let phase = self.current()?;
        if phase.kind != PhaseKind::Work || phase.reps == 0 {
            return None;
        }
        let (up, hold, down) = (
            u64::from(TEMPO.0) * 1000,
            u64::from(TEMPO.1) * 1000,
            u64::from(TEMPO.2) * 1000,
        );
        let rep_ms = up + hold + down;
        let done = self.elapsed_in_phase_ms / rep_ms;
        let within = self.elapsed_in_phase_ms % rep_ms;
        let (stroke, height) = if within < up {
            (Stroke::Up, within * 100 / up)
        } else if within < up + hold {
            (Stroke::Hold, 100)
        } else {
            (Stroke::Down, 100 - (within - up - hold) * 100 / down)
        };
        Some(Rep {
            number: (done + 1).min(u64::from(phase.reps)) as u8,
            of: phase.reps,
            stroke,
            height: height.min(100) as u8,
        })
    }

    /// Milliseconds left in the whole circuit.
    pub fn remaining_total_ms(&self) -> u64 {
        let later: u64 = self
            .phases
            .iter()
            .skip(self.index + 1)
            .map(|p| p.duration_ms)
            .sum();
        later + self.remaining_in_phase_ms()
    }

    /// Milliseconds of the whole circuit.
    pub fn total_ms(&self) -> u64 {
        self.phases.iter().map(|p| p.duration_ms).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::circuit::{exercises, Exercise, Level, Prescription};

    /// A session of one exercise done on both legs at once.
    fn session_of(exercise: Exercise, sets: u8, dose: Dose) -> Session {
        Session::new(&circuit(vec![Prescription {
            exercise,
            sets,
            dose,
            each_leg: false,
            loaded: false,
        }]))
    }

    /// `session` past its opening count-in, at its first repetition.
    fn counted_in(mut session: Session) -> Session {
        assert_eq!(session.current().map(|p| p.kind), Some(PhaseKind::GetReady));
        session.tick(u64::from(GET_READY_SECONDS) * 1000);
        session
    }

    #[test]
    fn the_first_repetition_waits_for_a_count_in() {
        let mut session = session_of(Exercise::SeatedHeelRaise, 2, Dose::Reps(3));
        let phase = session.current().copied().expect("a first phase");
        assert_eq!((phase.kind, phase.reps), (PhaseKind::GetReady, 0));
        assert_eq!(session.rep(), None, "nothing to follow yet");
        assert_eq!(session.remaining_in_phase_ms(), 3_000);
        session.tick(2_999);
        assert_eq!(session.current().map(|p| p.kind), Some(PhaseKind::GetReady));
        session.tick(1);
        assert_eq!(session.rep().map(|r| r.number), Some(1));
        // The second set follows its rest without another count-in: the rest counts down.
        let kinds: Vec<_> = session.phases.iter().map(|p| p.kind).collect();
        use PhaseKind::*;
        assert_eq!(kinds, [GetReady, Work, Rest, Work]);
    }

    #[test]
    fn a_count_in_ends_each_switch_and_the_rest_before_a_new_exercise() {
        let step = |sets| Prescription {
            exercise: Exercise::StepHeelRaise,
            sets,
            dose: Dose::Reps(2),
            each_leg: true,
            loaded: false,
        };
        let recommendation = circuit(vec![step(1), step(1)]);
        let timeline: Vec<_> = phases(&recommendation)
            .iter()
            .map(|p| (p.kind, p.exercise, p.duration_ms / 1000))
            .collect();
        use PhaseKind::*;
        let switch = u64::from(SWITCH_SECONDS);
        let rest = u64::from(crate::model::circuit::REST_SECONDS);
        assert_eq!(
            timeline,
            [
                (GetReady, 0, 3),
                (Work, 0, 10),
                (Switch, 0, switch - 3),
                (GetReady, 0, 3),
                (Work, 0, 10),
                (Rest, 0, rest - 3),
                (GetReady, 1, 3),
                (Work, 1, 10),
                (Switch, 1, switch - 3),
                (GetReady, 1, 3),
                (Work, 1, 10),
            ]
        );
    }

    #[test]
    fn repetitions_are_paced_up_hold_down_and_counted() {
        let mut session = counted_in(session_of(Exercise::SeatedHeelRaise, 1, Dose::Reps(3)));
        let mut seen = Vec::new();
        for _ in 0..15 {
            let rep = session.rep().expect("a paced phase");
            seen.push((rep.number, rep.stroke));
            session.tick(1000);
        }
        use Stroke::{Down, Hold, Up};
        let one_rep = |n| [(n, Up), (n, Up), (n, Hold), (n, Down), (n, Down)];
        let expected: Vec<(u8, Stroke)> = [one_rep(1), one_rep(2), one_rep(3)].concat();
        assert_eq!(seen, expected);
        assert!(session.is_finished());
    }

    #[test]
    fn the_heel_rises_holds_and_lowers_within_a_rep() {
        let mut session = counted_in(session_of(Exercise::SeatedHeelRaise, 1, Dose::Reps(2)));
        let mut heights = Vec::new();
        for _ in 0..10 {
            heights.push(session.rep().map(|r| r.height));
            session.tick(500);
        }
        assert_eq!(
            heights,
            [0, 25, 50, 75, 100, 100, 100, 75, 50, 25]
                .map(Some)
                .to_vec()
        );
    }

    #[test]
    fn holds_rests_and_switches_have_no_repetitions() {
        let mut session = counted_in(session_of(Exercise::BentKneeHold, 2, Dose::HoldSeconds(30)));
        assert_eq!(session.current().map(|p| p.kind), Some(PhaseKind::Work));
        assert_eq!(session.rep(), None, "a hold counts seconds instead");
        session.skip();
        assert_eq!(session.current().map(|p| p.kind), Some(PhaseKind::Rest));
        assert_eq!(session.rep(), None);
    }

    fn circuit(exercises: Vec<Prescription>) -> Recommendation {
        Recommendation {
            level: Level::Build,
            exercises,
            sessions_per_week: 2,
            reasons: vec![],
        }
    }

    fn single_leg() -> Recommendation {
        circuit(vec![Prescription {
            exercise: Exercise::StepHeelRaise,
            sets: 2,
            dose: Dose::Reps(2), // 10 s a side
            each_leg: true,
            loaded: false,
        }])
    }

    #[test]
    fn single_leg_sets_go_left_switch_count_in_right_then_rest() {
        let kinds: Vec<_> = phases(&single_leg())
            .iter()
            .map(|p| (p.kind, p.side, p.set))
            .collect();
        use PhaseKind::*;
        assert_eq!(
            kinds,
            vec![
                (GetReady, Side::Left, 1),
                (Work, Side::Left, 1),
                (Switch, Side::Left, 1),
                (GetReady, Side::Right, 1),
                (Work, Side::Right, 1),
                (Rest, Side::Right, 1),
                (Work, Side::Left, 2),
                (Switch, Side::Left, 2),
                (GetReady, Side::Right, 2),
                (Work, Side::Right, 2),
            ]
        );
    }

    #[test]
    fn a_long_tick_catches_up_across_phases() {
        let mut session = Session::new(&single_leg());
        // 3 s count-in + 10 s work + 7 s switch + 3 s count-in + 5 s into the right side
        session.tick(28_000);
        let phase = session.current().unwrap();
        assert_eq!((phase.kind, phase.side), (PhaseKind::Work, Side::Right));
        assert_eq!(session.remaining_in_phase_ms(), 5_000);
    }

    #[test]
    fn paused_time_does_not_count() {
        let mut session = counted_in(Session::new(&single_leg()));
        session.tick(1_000);
        session.pause();
        session.tick(60_000);
        assert_eq!(session.remaining_in_phase_ms(), 9_000);
        session.resume();
        session.tick(1_000);
        assert_eq!(session.remaining_in_phase_ms(), 8_000);
    }

    #[test]
    fn skip_and_back_move_between_phases() {
        let mut session = counted_in(Session::new(&single_leg()));
        session.skip();
        assert_eq!(session.current().unwrap().kind, PhaseKind::Switch);
        session.tick(5_000);
        session.back(); // well into the phase: restart it
        assert_eq!(session.current().unwrap().kind, PhaseKind::Switch);
        assert_eq!(session.remaining_in_phase_ms(), 7_000);
        session.back(); // at its start: previous phase
        assert_eq!(session.current().unwrap().kind, PhaseKind::Work);
    }

    #[test]
    fn the_session_finishes_and_stays_finished() {
        let mut session = Session::new(&single_leg());
        session.tick(u64::MAX / 2);
        assert!(session.is_finished());
        assert_eq!(session.remaining_total_ms(), 0);
        session.skip();
        session.tick(10);
        assert!(session.is_finished());
    }

    #[test]
    fn every_level_plays_for_as_long_as_the_circuit_says_after_its_count_in() {
        for level in Level::ALL {
            let recommendation = circuit(exercises(level));
            let session = Session::new(&recommendation);
            // The circuit, and the count-in before it starts.
            assert_eq!(
                session.total_ms(),
                u64::from(recommendation.total_seconds() + u32::from(GET_READY_SECONDS)) * 1000
            );
        }
    }

    #[test]
    fn it_hurts_ends_the_circuit_at_once_and_says_why() {
        let mut session = Session::new(&single_leg());
        session.tick(3_000);
        assert!(!session.stopped_for_pain());
        session.stop_for_pain();
        assert!(session.is_finished() && session.stopped_for_pain());
        assert_eq!(session.remaining_total_ms(), 0);
        session.tick(10_000);
        session.back();
        assert!(session.stopped_for_pain() && session.is_finished());
    }

    #[test]
    fn a_loaded_set_is_followed_by_the_longer_rest() {
        let recommendation = circuit(exercises(Level::Build));
        let session = Session::new(&recommendation);
        let first_rest = session
            .phases
            .iter()
            .find(|p| p.kind == PhaseKind::Rest)
            .map(|p| p.duration_ms);
        assert_eq!(
            first_rest,
            Some(u64::from(crate::model::circuit::LOADED_REST_SECONDS) * 1000)
        );
    }
}
