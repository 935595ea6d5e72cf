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
use soleus::model::quiz::{Kind, Outcome, QuestionId, QuizEvent, QuizState, Step, QUESTIONS};
use soleus::model::session::Session;
use soleus::model::share;
use soleus::model::triage::RedFlag;

/// Cases per property.
const CASES: u32 = 2000;

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
        Just(QuizEvent::ConfirmScreening),
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
        any::<bool>(),
        proptest::collection::vec((0usize..40, any_event()), 0..4),
    )
        .prop_map(|(flags, choices, count, flat_floor, strays)| Journey {
            flags,
            choices,
            count,
            flat_floor,
            strays,
        })
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
        events.push(QuizEvent::ConfirmScreening);
        for (question, choice) in QUESTIONS.iter().zip(&self.choices) {
            match question.kind {
                Kind::Count { .. } => match self.count {
                    Some(count) => {
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
                || matches!(state.outcome(), Some(Outcome::Circuit(_)));
            if past_screening {
                prop_assert!(state.screen_clear(), "unscreened: {:?}", state);
            }
        }
        Ok(state)
    }
}

/// A finished quiz reached without strays.
fn finished(journey: &Journey) -> QuizState {
    let calm = Journey {
        strays: Vec::new(),
        ..journey.clone()
    };
    calm.walk().unwrap_or_default()
}

/// Valid share codes, the same with one character changed, and arbitrary strings.
fn code_like() -> impl Strategy<Value = String> {
    let valid = journey().prop_map(|j| share::encode(&finished(&j)).unwrap_or_default());
    let damaged = (journey(), 0usize..20, 0u8..64).prop_map(|(j, at, c)| {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut code = share::encode(&finished(&j))
            .unwrap_or_default()
            .into_bytes();
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
            let advice = matches!(state.outcome(), Some(Outcome::SeekCare(_)));
            if !state.flags.is_empty() {
                prop_assert!(!matches!(state.outcome(), Some(Outcome::Circuit(_))));
            }
            Ok(advice)
        },
    );
}

#[test]
fn the_self_test_is_only_reached_after_a_clear_screen() {
    let self_test = QUESTIONS
        .iter()
        .position(|q| q.id == QuestionId::HeelRaises)
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
            let state = finished(&journey);
            let Some(Outcome::Circuit(recommendation)) = state.outcome() else {
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
            let state = finished(&journey);
            let code = share::encode(&state);
            prop_assert!(code.is_some(), "a finished quiz has a code");
            let code = code.unwrap_or_default();
            prop_assert_eq!(share::decode(&code), Ok(state.clone()));
            Ok(matches!(state.outcome(), Some(Outcome::Circuit(_))))
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
            let Ok(state) = share::decode(&code) else {
                return Ok(false);
            };
            prop_assert!(state.is_valid());
            if !state.flags.is_empty() {
                prop_assert!(matches!(state.outcome(), Some(Outcome::SeekCare(_))));
            }
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
            let saved = share::encode_saved(&state);
            prop_assert!(saved.is_some(), "every reachable state can be saved");
            let saved = saved.unwrap_or_default();
            prop_assert_eq!(share::decode_saved(&saved), Ok(state.clone()));
            // A damaged copy is refused or valid, never a panic.
            let damaged = saved.replacen('A', "B", 1);
            if let Ok(other) = share::decode_saved(&damaged) {
                prop_assert!(other.is_valid());
            }
            Ok(state.step != Step::Screening)
        },
    );
}

#[test]
fn the_sessions_phases_add_up_to_the_circuits_total_time() {
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
            prop_assert_eq!(
                session.total_ms(),
                u64::from(recommendation.total_seconds()) * 1000
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

#[test]
fn the_quiz_state_serialises_and_restores_with_serde() {
    let journey = Journey {
        flags: Vec::new(),
        choices: vec![0, 1, 0, 2, 1, 0, 1, 1, 2, 0],
        count: Some(19),
        flat_floor: true,
        strays: Vec::new(),
    };
    let state = finished(&journey);
    assert!(matches!(state.outcome(), Some(Outcome::Circuit(_))));
    let json = serde_json::to_string(&state).unwrap();
    let restored: QuizState = serde_json::from_str(&json).unwrap();
    assert_eq!(restored, state);
}
