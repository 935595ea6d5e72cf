//! Property tests of the model's guarantees, run natively with thousands of cases each.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use soleus::model::circuit::{self, Level};
use soleus::model::knee;
use soleus::model::quiz::{Kind, Outcome, QuizEvent, QuizState, Step, QUESTIONS};
use soleus::model::session::Session;
use soleus::model::share;
use soleus::model::triage::RedFlag;

fn any_event() -> impl Strategy<Value = QuizEvent> {
    prop_oneof![
        (0u8..5).prop_map(QuizEvent::Choose),
        (0u16..300).prop_map(QuizEvent::SetCount),
        Just(QuizEvent::Next),
        Just(QuizEvent::Back),
        Just(QuizEvent::Skip),
        (0usize..RedFlag::ALL.len()).prop_map(|i| QuizEvent::ToggleFlag(RedFlag::ALL[i])),
        Just(QuizEvent::ConfirmScreening),
        Just(QuizEvent::Restart),
    ]
}

/// Answers every question with the given option indices / count, then screens.
fn complete(choices: &[u8], count: Option<u16>, flags: &[usize]) -> QuizState {
    let mut state = QuizState::default();
    while let Step::Question(n) = state.step {
        let question = &QUESTIONS[usize::from(n)];
        let event = match question.kind {
            Kind::Count { .. } => match count {
                Some(count) => QuizEvent::SetCount(count),
                None => QuizEvent::Skip,
            },
            _ => QuizEvent::Choose(choices[usize::from(n)] % question.options),
        };
        state = state.apply(event).apply(QuizEvent::Next);
    }
    for flag in flags {
        state = state.apply(QuizEvent::ToggleFlag(RedFlag::ALL[*flag]));
    }
    state.apply(QuizEvent::ConfirmScreening)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn knee_shares_stay_in_range_and_sum_to_one(degrees in any::<i32>()) {
        let share = knee::share(degrees);
        prop_assert!((0.0..=1.0).contains(&share.soleus));
        prop_assert!((0.0..=1.0).contains(&share.gastrocnemius));
        prop_assert!((share.soleus + share.gastrocnemius - 1.0).abs() < 1e-6);
        prop_assert!(share.knee_degrees <= knee::MAX_KNEE_DEGREES);
        prop_assert_eq!(share.soleus_percent() + share.gastrocnemius_percent(), 100);
    }

    #[test]
    fn bending_further_never_lowers_the_soleus_share_or_raises_gastrocnemius_capacity(
        a in -50i32..200, b in -50i32..200
    ) {
        let (less, more) = (a.min(b), a.max(b));
        prop_assert!(knee::share(more).soleus >= knee::share(less).soleus);
        prop_assert!(
            knee::share(more).gastrocnemius_capacity <= knee::share(less).gastrocnemius_capacity
        );
    }

    #[test]
    fn the_knee_model_is_continuous(tenths in 0u32..1100) {
        // Between neighbouring tenths of a degree the capacity moves by a tiny amount.
        let at = tenths as f32 / 10.0;
        let step = (knee::gastrocnemius_factor(at) - knee::gastrocnemius_factor(at + 0.1)).abs();
        prop_assert!(step < 0.005, "jump of {} at {}°", step, at);
    }

    #[test]
    fn no_answer_sequence_containing_a_red_flag_yields_a_circuit(
        events in proptest::collection::vec(any_event(), 0..80)
    ) {
        let mut state = QuizState::default();
        for event in events {
            state = state.apply(event);
            prop_assert!(state.is_valid());
            if let Some(Outcome::Circuit(_)) = state.outcome() {
                prop_assert!(state.flags.is_empty(), "circuit despite {:?}", state.flags);
            }
        }
    }

    #[test]
    fn every_complete_answer_path_yields_a_valid_circuit(
        choices in proptest::collection::vec(0u8..3, 10),
        count in proptest::option::of(0u16..200),
    ) {
        let state = complete(&choices, count, &[]);
        match state.outcome() {
            Some(Outcome::Circuit(recommendation)) => {
                prop_assert!((4..=6).contains(&recommendation.exercises.len()));
                prop_assert!(!recommendation.reasons.is_empty());
                prop_assert!((2..=3).contains(&recommendation.sessions_per_week));
                prop_assert_eq!(&recommendation.exercises, &circuit::exercises(recommendation.level));
            }
            other => prop_assert!(false, "expected a circuit, got {:?}", other),
        }
    }

    #[test]
    fn share_codes_round_trip(
        choices in proptest::collection::vec(0u8..3, 10),
        count in proptest::option::of(0u16..200),
        flags in proptest::collection::vec(0usize..RedFlag::ALL.len(), 0..3),
    ) {
        let state = complete(&choices, count, &flags);
        let code = share::encode(&state).expect("a finished quiz has a code");
        prop_assert_eq!(share::decode(&code), Ok(state));
    }

    #[test]
    fn decoding_any_string_never_panics_and_never_gives_a_circuit_past_a_red_flag(
        code in ".{0,80}"
    ) {
        if let Ok(state) = share::decode(&code) {
            prop_assert!(state.is_valid());
            if !state.flags.is_empty() {
                prop_assert!(matches!(state.outcome(), Some(Outcome::SeekCare(_))));
            }
        }
    }

    #[test]
    fn decoding_any_stored_string_never_panics(code in ".{0,80}") {
        if let Ok(state) = share::decode_saved(&code) {
            prop_assert!(state.is_valid());
        }
    }

    #[test]
    fn saved_progress_round_trips(events in proptest::collection::vec(any_event(), 0..60)) {
        let mut state = QuizState::default();
        for event in events {
            state = state.apply(event);
        }
        let saved = share::encode_saved(&state).expect("every reachable state can be saved");
        prop_assert_eq!(share::decode_saved(&saved), Ok(state));
    }

    #[test]
    fn decoding_near_valid_codes_never_panics(
        bytes in proptest::collection::vec(any::<u8>(), 0..24)
    ) {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let code: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % 64] as char).collect();
        let _ = share::decode(&code);
        let _ = share::decode_saved(&code);
    }

    #[test]
    fn the_sessions_phases_add_up_to_the_circuits_total_time(
        level in 0u8..3, ticks in proptest::collection::vec(0u64..120_000, 0..40)
    ) {
        let level = Level::from_index(level).unwrap();
        let recommendation = circuit::Recommendation {
            level,
            exercises: circuit::exercises(level),
            sessions_per_week: 2,
            reasons: vec![],
        };
        let mut session = Session::new(&recommendation);
        prop_assert_eq!(session.total_ms(), u64::from(recommendation.total_seconds()) * 1000);
        let mut elapsed = 0;
        for tick in ticks {
            session.tick(tick);
            elapsed += tick;
            let expected = session.total_ms().saturating_sub(elapsed);
            prop_assert_eq!(session.remaining_total_ms(), expected);
        }
    }
}

#[test]
fn the_quiz_state_serialises_and_restores_with_serde() {
    let state = complete(&[0, 1, 0, 2, 1, 0, 1, 1, 2, 0], Some(19), &[]);
    let json = serde_json::to_string(&state).unwrap();
    let restored: QuizState = serde_json::from_str(&json).unwrap();
    assert_eq!(restored, state);
}
