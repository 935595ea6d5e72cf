//! Property tests of the model's guarantees, run natively with thousands of cases each.
//!
//! Each property counts how many generated cases reached the branch it checks, prints the
//! figure, and fails when fewer than its stated share did: a generator that drifts away from
//! what a property is about fails loudly instead of passing on nothing. Run with
//! `cargo test --test model_properties -- --nocapture` to see the reach figures.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use soleus::model::circuit::{self, Level, CIRCUIT_MINUTES};
use soleus::model::knee;
use soleus::model::progress_code;
use soleus::model::quiz::{
    Day, Kind, QuestionId, QuizEvent, QuizResult, QuizState, Step, QUESTIONS, SCREENING_VALID_DAYS,
};
use soleus::model::session::Session;
use soleus::model::triage::{self, RedFlag, ScreeningDecision, Urgency};

/// Cases per property.
const CASES: u32 = 2000;

/// The day the journeys' screenings are confirmed on.
const DAY: Day = 20_000;

/// Runs `test` on `CASES` values of `strategy`; `test` says whether the case reached the
/// checked branch. Prints the reach and fails below `min_share` of the cases.
fn check<S: Strategy>(
    name: &str,
    min_share: f64,
    strategy: S,
    test: impl Fn(S::Value) -> Result<bool, TestCaseError>,
) {
    let total = Cell::new(0u32);
    let reached = Cell::new(0u32);
    let mut runner = TestRunner::new(Config::with_cases(CASES));
    let result = runner.run(&strategy, |value| {
        total.set(total.get() + 1);
        if test(value)? {
            reached.set(reached.get() + 1);
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
    let (reached, total) = (reached.get(), total.get());
    println!("reach: {name}: {reached} of {total} cases");
    assert!(
        f64::from(reached) >= min_share * f64::from(total),
        "{name}: only {reached} of {total} cases reached the checked branch"
    );
}

/// Any event at all, valid or not for the current step.
fn any_event() -> impl Strategy<Value = QuizEvent> {
    prop_oneof![
        (0u8..5).prop_map(QuizEvent::Choose),
        (0u16..300).prop_map(QuizEvent::SetCount),
        Just(QuizEvent::ClearCount),
        any::<bool>().prop_map(QuizEvent::SetFlatFloor),
        Just(QuizEvent::Next),
        Just(QuizEvent::Back),
        Just(QuizEvent::Skip),
        (0usize..RedFlag::ALL.len()).prop_map(|i| QuizEvent::ToggleFlag(RedFlag::ALL[i])),
        any::<bool>().prop_map(QuizEvent::SetNoneApply),
        (0u32..40).prop_map(|later| QuizEvent::ConfirmScreening(DAY + later)),
        Just(QuizEvent::Recheck),
        Just(QuizEvent::Restart),
    ]
}

/// A person's journey: what they tick at the screening, how they answer, and stray events
/// (any event, anywhere) mixed in. Most journeys get through; about half tick a flag.
#[derive(Clone, Debug)]
struct Journey {
    flags: Vec<usize>,
    choices: Vec<u8>,
    count: Option<u16>,
    /// How many fewer the second leg manages.
    weaker_by: u16,
    flat_floor: bool,
    strays: Vec<(usize, QuizEvent)>,
}

fn journey() -> impl Strategy<Value = Journey> {
    (
        prop_oneof![
            Just(Vec::new()),
            proptest::collection::btree_set(0usize..RedFlag::ALL.len(), 1..3)
                .prop_map(|set| set.into_iter().collect())
        ],
        proptest::collection::vec(0u8..3, QUESTIONS.len()),
        proptest::option::weighted(0.8, 0u16..200),
        0u16..12,
        any::<bool>(),
        proptest::collection::vec((0usize..40, any_event()), 0..4),
    )
        .prop_map(
            |(flags, choices, count, weaker_by, flat_floor, strays)| Journey {
                flags,
                choices,
                count,
                weaker_by,
                flat_floor,
                strays,
            },
        )
}

impl Journey {
    /// The events a person following this journey sends, strays included.
    fn events(&self) -> Vec<QuizEvent> {
        let mut events: Vec<QuizEvent> = self
            .flags
            .iter()
            .map(|f| QuizEvent::ToggleFlag(RedFlag::ALL[*f]))
            .collect();
        if self.flags.is_empty() {
            events.push(QuizEvent::SetNoneApply(true));
        }
        events.push(QuizEvent::ConfirmScreening(DAY));
        for (question, choice) in QUESTIONS.iter().zip(&self.choices) {
            match question.kind {
                Kind::Count { .. } => match self.count {
                    Some(count) => {
                        let count = if question.id == QuestionId::HeelRaisesRight {
                            count.saturating_sub(self.weaker_by)
                        } else {
                            count
                        };
                        events.push(QuizEvent::SetCount(count));
                        events.push(QuizEvent::SetFlatFloor(self.flat_floor));
                        events.push(QuizEvent::Next);
                    }
                    None => events.push(QuizEvent::Skip),
                },
                _ => {
                    events.push(QuizEvent::Choose(choice % question.options));
                    events.push(QuizEvent::Next);
                }
            }
        }
        for (at, event) in &self.strays {
            events.insert((*at).min(events.len()), *event);
        }
        events
    }

    /// The state after every event, checking validity and the screening order on the way.
    fn walk(&self) -> Result<QuizState, TestCaseError> {
        let mut state = QuizState::default();
        for event in self.events() {
            state = state.apply(event);
            prop_assert!(state.is_valid(), "{:?}", state);
            let past_screening = matches!(state.step, Step::Question(_))
                || matches!(state.result(), Some(QuizResult::Circuit(_)));
            if past_screening {
                prop_assert!(state.screen_clear(), "unscreened: {:?}", state);
            }
        }
        Ok(state)
    }
}

/// A finished quiz reached without strays; a walk that breaks a rule fails the case.
fn finished(journey: &Journey) -> Result<QuizState, TestCaseError> {
    let calm = Journey {
        strays: Vec::new(),
        ..journey.clone()
    };
    let state = calm.walk()?;
    prop_assert_eq!(
        state.step,
        Step::Result,
        "a calm journey ends at its result"
    );
    Ok(state)
}

/// Valid share codes, the same with one character changed, and arbitrary strings.
fn code_like() -> impl Strategy<Value = String> {
    // Generation only: a walk that breaks a rule is caught by the properties that walk.
    let code_of = |j: &Journey| {
        finished(j)
            .ok()
            .and_then(|state| progress_code::encode(&state))
            .unwrap_or_default()
    };
    let valid = journey().prop_map(move |j| code_of(&j));
    let damaged = (journey(), 0usize..23, 0u8..64).prop_map(move |(j, at, c)| {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut code = code_of(&j).into_bytes();
        if let Some(byte) = code.get_mut(at) {
            *byte = ALPHABET[usize::from(c)];
        }
        String::from_utf8(code).unwrap_or_default()
    });
    prop_oneof![2 => valid, 1 => damaged, 1 => ".{0,80}"]
}

#[test]
fn knee_shares_stay_in_range_sum_to_one_and_band_the_nominal_share() {
    check(
        "knee shares (angle inside 0–110°)",
        0.5,
        prop_oneof![3 => -20i32..130, 1 => any::<i32>()],
        |degrees| {
            let share = knee::share(degrees);
            prop_assert!((0.0..=1.0).contains(&share.soleus));
            prop_assert!((share.soleus + share.gastrocnemius - 1.0).abs() < 1e-6);
            prop_assert!(share.knee_degrees <= knee::MAX_KNEE_DEGREES);
            let (low, high) = share.soleus_band();
            prop_assert!(low <= high && high <= 100);
            prop_assert!(f32::from(low) - 2.5 <= share.soleus * 100.0);
            prop_assert!(share.soleus * 100.0 <= f32::from(high) + 2.5);
            Ok((0..=110).contains(&degrees))
        },
    );
}

#[test]
fn bending_further_never_lowers_the_soleus_share_or_raises_gastrocnemius_capacity() {
    check(
        "knee monotone (two different angles in range)",
        0.5,
        (-10i32..120, -10i32..120),
        |(a, b)| {
            let (less, more) = (a.min(b), a.max(b));
            prop_assert!(knee::share(more).soleus >= knee::share(less).soleus);
            prop_assert!(
                knee::share(more).gastrocnemius_capacity
                    <= knee::share(less).gastrocnemius_capacity
            );
            Ok(less != more && less >= 0 && more <= 110)
        },
    );
}

#[test]
fn the_knee_model_is_continuous() {
    check("knee continuity", 1.0, 0u32..1100, |tenths| {
        let at = tenths as f32 / 10.0;
        let step = (knee::gastrocnemius_factor(at) - knee::gastrocnemius_factor(at + 0.1)).abs();
        prop_assert!(step < 0.005, "jump of {} at {}°", step, at);
        Ok(true)
    });
}

#[test]
fn no_journey_with_a_red_flag_reaches_a_question_the_self_test_or_a_circuit() {
    check(
        "red flag journeys (ended in advice with a flag)",
        0.33,
        journey(),
        |journey| {
            let state = journey.walk()?;
            let advice = matches!(state.result(), Some(QuizResult::SeekCare(_)));
            if !state.flags.is_empty() {
                prop_assert!(!matches!(state.result(), Some(QuizResult::Circuit(_))));
            }
            Ok(advice)
        },
    );
}

#[test]
fn the_self_test_is_only_reached_after_a_clear_screen() {
    let self_test = QUESTIONS
        .iter()
        .position(|q| q.id == QuestionId::HeelRaisesLeft)
        .unwrap_or(0) as u8;
    check(
        "self-test reached (at the count question)",
        0.33,
        (journey(), 18usize..40),
        |(journey, stop)| {
            let mut state = QuizState::default();
            let mut reached = false;
            for event in journey.events().into_iter().take(stop) {
                state = state.apply(event);
                if state.step == Step::Question(self_test) {
                    prop_assert!(state.screen_clear());
                    reached = true;
                }
            }
            Ok(reached)
        },
    );
}

#[test]
fn every_clear_journey_yields_a_circuit_of_twelve_to_twenty_minutes() {
    check(
        "clear journeys (ended in a circuit)",
        0.33,
        journey(),
        |journey| {
            let state = finished(&journey)?;
            let Some(QuizResult::Circuit(recommendation)) = state.result() else {
                prop_assert!(!journey.flags.is_empty(), "no circuit: {:?}", state);
                return Ok(false);
            };
            let (shortest, longest) = CIRCUIT_MINUTES;
            let seconds = recommendation.total_seconds();
            prop_assert!(seconds >= u32::from(shortest) * 60 && seconds <= u32::from(longest) * 60);
            prop_assert!(!recommendation.reasons.is_empty());
            prop_assert!((2..=3).contains(&recommendation.sessions_per_week));
            prop_assert_eq!(
                &recommendation.exercises,
                &circuit::exercises(recommendation.level)
            );
            Ok(true)
        },
    );
}

#[test]
fn share_codes_round_trip() {
    check(
        "share codes (a circuit's code round-tripped)",
        0.33,
        journey(),
        |journey| {
            let state = finished(&journey)?;
            let code = progress_code::encode(&state);
            prop_assert!(code.is_some(), "a finished quiz has a code");
            let code = code.unwrap_or_default();
            // The link carries the plan, never the sender's screening.
            let for_the_reader = QuizState {
                screened_on: None,
                ..state.clone()
            };
            prop_assert_eq!(progress_code::decode(&code), Ok(for_the_reader));
            Ok(matches!(state.result(), Some(QuizResult::Circuit(_))))
        },
    );
}

#[test]
fn decoding_any_string_never_panics_and_never_gives_a_circuit_past_a_red_flag() {
    check(
        "decoded strings (accepted codes checked)",
        0.33,
        code_like(),
        |code| {
            let Ok(state) = progress_code::decode(&code) else {
                return Ok(false);
            };
            prop_assert!(state.is_valid());
            if !state.flags.is_empty() {
                prop_assert!(matches!(state.result(), Some(QuizResult::SeekCare(_))));
            }
            // Whoever opens a link screens themselves before any guided circuit.
            prop_assert!(state.circuit_to_start(DAY).is_none());
            Ok(true)
        },
    );
}

#[test]
fn saved_progress_round_trips_and_stored_strings_never_panic() {
    check(
        "saved progress (states past the screening)",
        0.33,
        (journey(), 0usize..30),
        |(journey, stop)| {
            let mut state = QuizState::default();
            for event in journey.events().into_iter().take(stop) {
                state = state.apply(event);
            }
            let saved = progress_code::encode_saved(&state);
            prop_assert!(saved.is_some(), "every reachable state can be saved");
            let saved = saved.unwrap_or_default();
            prop_assert_eq!(progress_code::decode_saved(&saved), Ok(state.clone()));
            // A damaged copy is refused or valid, never a panic.
            let damaged = saved.replacen('A', "B", 1);
            if let Ok(other) = progress_code::decode_saved(&damaged) {
                prop_assert!(other.is_valid());
            }
            Ok(state.step != Step::Screening)
        },
    );
}

#[test]
fn the_sessions_phases_add_up_to_the_circuits_total_time_and_its_count_in() {
    check(
        "sessions (still running after the ticks)",
        0.33,
        (0u8..3, proptest::collection::vec(0u64..60_000, 0..30)),
        |(level, ticks)| {
            let level = Level::from_index(level).unwrap_or(Level::Foundation);
            let recommendation = circuit::Recommendation {
                level,
                exercises: circuit::exercises(level),
                sessions_per_week: 2,
                reasons: vec![],
            };
            let mut session = Session::new(&recommendation);
            // The circuit, after the count-in before its first repetition.
            prop_assert_eq!(
                session.total_ms(),
                u64::from(recommendation.total_seconds() + u32::from(circuit::GET_READY_SECONDS))
                    * 1000
            );
            let mut elapsed = 0;
            for tick in ticks {
                session.tick(tick);
                elapsed += tick;
                let expected = session.total_ms().saturating_sub(elapsed);
                prop_assert_eq!(session.remaining_total_ms(), expected);
            }
            Ok(elapsed > 0 && elapsed < session.total_ms())
        },
    );
}

/// Every screening item, ticked alone or with others, ends in its own advice: the item's
/// urgency or a more urgent one, never a question, the self-test, a circuit or the player.
/// Each item's reach is printed and must be at least its stated share of the cases.
#[test]
fn every_screening_item_reaches_its_advice_and_nothing_past_it() {
    let reached: Vec<Cell<u32>> = RedFlag::ALL.iter().map(|_| Cell::new(0)).collect();
    let total = Cell::new(0u32);
    let mut runner = TestRunner::new(Config::with_cases(CASES));
    let strategy = (
        proptest::collection::btree_set(0usize..RedFlag::COUNT, 1..3),
        journey(),
        0u32..60,
    );
    let result = runner.run(&strategy, |(flags, journey, later)| {
        total.set(total.get() + 1);
        let journey = Journey {
            flags: flags.iter().copied().collect(),
            ..journey
        };
        let mut state = QuizState::default();
        for event in journey.events() {
            state = state.apply(event);
            // Strays may untick an item; while any is ticked, nothing lies past the screening.
            if !state.flags.is_empty() {
                prop_assert!(!matches!(state.step, Step::Question(_)), "{:?}", state);
                prop_assert!(!matches!(state.result(), Some(QuizResult::Circuit(_))));
                prop_assert!(state.circuit_to_start(DAY + later).is_none());
            }
        }
        let Some(QuizResult::SeekCare(ScreeningDecision::SeekCare { urgency, reasons })) =
            state.result()
        else {
            return Ok(());
        };
        for flag in reasons {
            prop_assert!(urgency >= flag.urgency());
            reached[flag.index()].set(reached[flag.index()].get() + 1);
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("screening items: {error}");
    }
    // Each of the 15 items is drawn in about 2 of every 15 journeys; strays may untick one.
    let min_share = 0.05;
    for (flag, count) in RedFlag::ALL.iter().zip(&reached) {
        println!(
            "reach: {flag:?} ({:?}): {} of {} cases ended in its advice",
            flag.urgency(),
            count.get(),
            total.get()
        );
        assert!(
            f64::from(count.get()) >= min_share * f64::from(total.get()),
            "{flag:?} reached its advice in only {} cases",
            count.get()
        );
    }
}

/// The current-injury gate on its own: "see a physiotherapist first", and no exercise.
#[test]
fn a_current_injury_alone_ends_in_see_a_physiotherapist_first() {
    check(
        "injury gate (one or both injury items, nothing else)",
        0.9,
        (1u8..4, journey()),
        |(which, journey)| {
            let flags: Vec<usize> = [RedFlag::RecentInjury, RedFlag::PainChangesWalking]
                .iter()
                .enumerate()
                .filter(|(i, _)| which & (1 << i) != 0)
                .map(|(_, f)| f.index())
                .collect();
            let state = Journey {
                flags,
                strays: Vec::new(),
                ..journey
            }
            .walk()?;
            prop_assert_eq!(
                triage::triage(state.flags),
                ScreeningDecision::SeekCare {
                    urgency: Urgency::SeePhysio,
                    reasons: state.flags.iter().collect(),
                }
            );
            prop_assert!(state.answers.iter().all(Option::is_none));
            Ok(matches!(state.result(), Some(QuizResult::SeekCare(_))))
        },
    );
}

/// The guided player starts only for a circuit whose screening this reader confirmed in the
/// last two weeks, whatever events come first (strays, re-checks, restarts, other days).
#[test]
fn the_player_starts_only_after_the_readers_own_recent_clear_screening() {
    let started = Cell::new(0u32);
    let refused_stale = Cell::new(0u32);
    check(
        "player gate (a decision on starting the circuit)",
        0.4,
        (
            journey(),
            0u32..40,
            proptest::collection::vec(any_event(), 0..6),
        ),
        |(journey, later, extra)| {
            let mut state = journey.walk()?;
            for event in extra {
                state = state.apply(event);
                prop_assert!(state.is_valid());
            }
            let today = DAY + later;
            match state.circuit_to_start(today) {
                Some(_) => {
                    prop_assert!(state.flags.is_empty() && state.screen_clear());
                    let day = state.screened_on.unwrap_or(0);
                    prop_assert!(today.saturating_sub(day) <= SCREENING_VALID_DAYS);
                    started.set(started.get() + 1);
                }
                None => {
                    if matches!(state.result(), Some(QuizResult::Circuit(_))) {
                        refused_stale.set(refused_stale.get() + 1);
                    }
                }
            }
            Ok(matches!(state.step, Step::Result))
        },
    );
    println!(
        "reach: player gate: {} started, {} circuits refused until re-checked",
        started.get(),
        refused_stale.get()
    );
    assert!(started.get() > 100 && refused_stale.get() > 100);
}
