//! Progress codes: a finished result in a short, URL-safe string for a share link, and back;
//! saved progress in the same form. (A muscle's "share" of the work is `model::knee`'s.)
//!
//! Layout (17 bytes, then base64url without padding, 23 characters): a version byte; one
//! byte per question (the option index or count, 255 for skipped, 254 for not asked: advice
//! to seek care comes before any question); the screening's bits (two bytes); the level (its
//! index, or 255 when the result is advice to seek care); a 16-bit checksum. A count's top bit
//! says the self-test was done on a flat floor. A link carries no screening of its own: the
//! person who opens it is asked before any guided circuit.
//!
//! Saved progress (only when the person opts in) uses the same codec with version 5: any
//! valid state, with one more byte for the step, one for the screening's "none of these
//! apply" and the self-test's flat floor, and two for the day the screening was confirmed,
//! and no level byte. So stored data gets exactly the same validation as a link.
//! Earlier versions (1 and 3 with the shorter screening, 2 from the journey that asked the
//! questions before the screening) are refused, so restored progress can never skip the
//! current screening.
//!
//! Decoding is untrusted input from a URL. Any string gives either a valid finished state or
//! a [`CodeError`], never a panic. The outcome is always recomputed from the answers and
//! flags, so a code with a red flag can never produce a circuit, and a code whose stated
//! level disagrees with its answers is rejected as tampered.

use super::circuit::Level;
use super::quiz::{Answer, QuizResult, QuizState, Step, QUESTIONS, QUESTION_COUNT};
use super::triage::Flags;

/// The format version written by [`encode`].
const VERSION: u8 = 4;
/// The format version written by [`encode_saved`].
const SAVED_VERSION: u8 = 5;
/// Marks an unanswered question.
const UNANSWERED: u8 = 254;
/// The count byte's bit for a self-test done on a flat floor.
const FLAT_FLOOR_BIT: u8 = 0x80;
/// Saved progress: the extra byte's bit for "none of these apply".
const NONE_APPLY_BIT: u8 = 1;
/// Saved progress: the extra byte's bit for a self-test on a flat floor.
const SAVED_FLAT_FLOOR_BIT: u8 = 2;
/// Bytes of saved progress: version, answers, flags, step, extra bits, screening day,
/// checksum.
const SAVED_LEN: usize = 1 + QUESTION_COUNT + 2 + 1 + 1 + 2 + 2;
/// Saved progress: the screening day of a state never screened here.
const NOT_SCREENED: u16 = u16::MAX;
/// Marks a skipped question.
const SKIPPED: u8 = 255;
/// Marks a result that is advice to seek care.
const NO_LEVEL: u8 = 255;
/// Bytes before the checksum: version, answers, flags, level.
const BODY_LEN: usize = 1 + QUESTION_COUNT + 2 + 1;
/// Bytes in all.
const CODE_LEN: usize = BODY_LEN + 2;
/// Longer strings are rejected before decoding anything.
pub const MAX_CODE_CHARS: usize = 64;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a share code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Longer than any code could be.
    TooLong,
    /// Contains characters that are not base64url, or has an impossible length.
    NotACode,
    /// Decodes to the wrong number of bytes (for example truncated).
    WrongLength,
    /// Written by a version this widget does not read.
    UnknownVersion,
    /// The checksum does not match (a typo or a damaged link).
    Damaged,
    /// An answer, flag or level is out of range.
    Invalid,
    /// The stated level does not follow from the answers.
    Tampered,
}

/// FNV-1a, folded to 16 bits: enough to catch typos and truncation, not a signature.
fn checksum(bytes: &[u8]) -> u16 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in bytes {
        hash ^= u32::from(*byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    ((hash >> 16) ^ (hash & 0xffff)) as u16
}

fn level_byte(state: &QuizState) -> Option<u8> {
    match state.result()? {
        QuizResult::Circuit(recommendation) => Some(recommendation.level.index()),
        QuizResult::SeekCare(_) => Some(NO_LEVEL),
    }
}

/// The share code of a finished result, or `None` if `state` has no result yet.
pub fn encode(state: &QuizState) -> Option<String> {
    if !state.is_valid() {
        return None;
    }
    let level = level_byte(state)?;
    let mut bytes = Vec::with_capacity(CODE_LEN);
    bytes.push(VERSION);
    push_answers(&mut bytes, state);
    bytes.extend_from_slice(&state.flags.bits().to_be_bytes());
    bytes.push(level);
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    Some(to_base64url(&bytes))
}

/// The finished state behind a share code.
pub fn decode(code: &str) -> Result<QuizState, CodeError> {
    let code = code.trim();
    if code.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    let bytes = from_base64url(code).ok_or(CodeError::NotACode)?;
    if bytes.len() != CODE_LEN {
        return Err(CodeError::WrongLength);
    }
    if bytes[0] != VERSION {
        return Err(CodeError::UnknownVersion);
    }
    let stated_sum = u16::from_be_bytes([bytes[BODY_LEN], bytes[BODY_LEN + 1]]);
    if checksum(&bytes[..BODY_LEN]) != stated_sum {
        return Err(CodeError::Damaged);
    }
    let (answers, flat_floor) = read_answers(&bytes[1..=QUESTION_COUNT]);
    let flags = read_flags(&bytes[1 + QUESTION_COUNT..])?;
    let state = QuizState {
        answers,
        step: Step::Result,
        flags,
        // A result without a flag was reached through "none of these apply".
        none_apply: flags.is_empty(),
        flat_floor,
        // Someone else's screening: the reader is asked before any guided circuit.
        screened_on: None,
    };
    if !state.is_valid() {
        return Err(CodeError::Invalid);
    }
    let stated_level = bytes[3 + QUESTION_COUNT];
    if stated_level != NO_LEVEL && Level::from_index(stated_level).is_none() {
        return Err(CodeError::Invalid);
    }
    if level_byte(&state) != Some(stated_level) {
        return Err(CodeError::Tampered);
    }
    Ok(state)
}

/// Saved progress for any valid state, for storage the person opted into.
pub fn encode_saved(state: &QuizState) -> Option<String> {
    if !state.is_valid() {
        return None;
    }
    let mut bytes = Vec::with_capacity(SAVED_LEN);
    bytes.push(SAVED_VERSION);
    push_answers(&mut bytes, state);
    bytes.extend_from_slice(&state.flags.bits().to_be_bytes());
    bytes.push(match state.step {
        Step::Question(n) => n,
        Step::Screening => 200,
        Step::Result => 201,
        Step::Recheck => 202,
    });
    let mut extra = 0;
    if state.none_apply {
        extra |= NONE_APPLY_BIT;
    }
    if state.flat_floor {
        extra |= SAVED_FLAT_FLOOR_BIT;
    }
    bytes.push(extra);
    let day = state
        .screened_on
        .and_then(|day| u16::try_from(day).ok())
        .filter(|day| *day != NOT_SCREENED)
        .unwrap_or(NOT_SCREENED);
    bytes.extend_from_slice(&day.to_be_bytes());
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    Some(to_base64url(&bytes))
}

/// The state behind saved progress; same guarantees as [`decode`].
pub fn decode_saved(code: &str) -> Result<QuizState, CodeError> {
    let code = code.trim();
    if code.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    let bytes = from_base64url(code).ok_or(CodeError::NotACode)?;
    if bytes.len() != SAVED_LEN {
        return Err(CodeError::WrongLength);
    }
    if bytes[0] != SAVED_VERSION {
        return Err(CodeError::UnknownVersion);
    }
    let body = SAVED_LEN - 2;
    if checksum(&bytes[..body]) != u16::from_be_bytes([bytes[body], bytes[body + 1]]) {
        return Err(CodeError::Damaged);
    }
    let (answers, _) = read_answers(&bytes[1..=QUESTION_COUNT]);
    let flags = read_flags(&bytes[1 + QUESTION_COUNT..])?;
    let extra = bytes[4 + QUESTION_COUNT];
    if extra & !(NONE_APPLY_BIT | SAVED_FLAT_FLOOR_BIT) != 0 {
        return Err(CodeError::Invalid);
    }
    let step = match bytes[3 + QUESTION_COUNT] {
        200 => Step::Screening,
        201 => Step::Result,
        202 => Step::Recheck,
        n => Step::Question(n),
    };
    let day = u16::from_be_bytes([bytes[5 + QUESTION_COUNT], bytes[6 + QUESTION_COUNT]]);
    let state = QuizState {
        answers,
        step,
        flags,
        none_apply: extra & NONE_APPLY_BIT != 0,
        flat_floor: extra & SAVED_FLAT_FLOOR_BIT != 0,
        screened_on: (day != NOT_SCREENED).then_some(u32::from(day)),
    };
    if state.is_valid() {
        Ok(state)
    } else {
        Err(CodeError::Invalid)
    }
}

/// One byte per question: the option or count (with the flat-floor bit, which saved progress
/// keeps in its extra byte instead), skipped or unasked.
fn push_answers(bytes: &mut Vec<u8>, state: &QuizState) {
    for answer in state.answers {
        bytes.push(match answer {
            None => UNANSWERED,
            Some(Answer::Choice(value)) => value,
            Some(Answer::Count(value)) if state.flat_floor => value | FLAT_FLOOR_BIT,
            Some(Answer::Count(value)) => value,
            Some(Answer::Skipped) => SKIPPED,
        });
    }
}

/// The answers behind [`push_answers`]' bytes, and whether the self-test was on a flat floor.
/// Out-of-range values are kept as they are for `is_valid` to refuse.
fn read_answers(bytes: &[u8]) -> ([Option<Answer>; QUESTION_COUNT], bool) {
    let mut answers = [None; QUESTION_COUNT];
    let mut flat_floor = false;
    for (slot, (question, byte)) in answers.iter_mut().zip(QUESTIONS.iter().zip(bytes)) {
        *slot = match (*byte, question.kind) {
            (UNANSWERED, _) => None,
            (SKIPPED, _) => Some(Answer::Skipped),
            (value, super::quiz::Kind::Count { .. }) => {
                flat_floor |= value & FLAT_FLOOR_BIT != 0;
                Some(Answer::Count(value & !FLAT_FLOOR_BIT))
            }
            (value, _) => Some(Answer::Choice(value)),
        };
    }
    (answers, flat_floor)
}

/// The screening's two bytes, if every set bit names an item.
fn read_flags(bytes: &[u8]) -> Result<Flags, CodeError> {
    match bytes {
        [high, low, ..] => {
            Flags::from_bits(u16::from_be_bytes([*high, *low])).ok_or(CodeError::Invalid)
        }
        _ => Err(CodeError::WrongLength),
    }
}

fn to_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= value << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The name of widget `key`'s share parameter: `soleus-<key>=`.
fn parameter(key: &str) -> String {
    let mut name = String::from("soleus-");
    name.push_str(key);
    name.push('=');
    name
}

/// Widget `key`'s share code in a URL fragment (with or without its `#`), if there is one.
///
/// The code is one `&`-separated part of a plain fragment (`#soleus-calf=CODE`), or of a hash
/// router's query (`#/post?soleus-calf=CODE`), so both link forms that [`link`] writes are read.
pub fn code_in_fragment<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    let wanted = parameter(key);
    fragment
        .trim_start_matches('#')
        .split(['&', '?'])
        .find_map(|part| part.strip_prefix(wanted.as_str()))
}

/// The address `base` with `code` as widget `key`'s share parameter, replacing only an older
/// one of that widget's.
///
/// A fragment that is a hash router's route (`#/post`, `#!/post`) keeps its route and gets the
/// code in the route's own query (`#/post?soleus-calf=CODE`), which hash routers (React
/// Router's `HashRouter`, Vue Router's hash mode, and others) resolve to the same post. Any other
/// fragment gets the code as one more `&`-separated part (`#soleus-calf=CODE`).
pub fn link(base: &str, key: &str, code: &str) -> String {
    let (address, fragment) = base.split_once('#').unwrap_or((base, ""));
    let wanted = parameter(key);
    let is_route = fragment.starts_with('/') || fragment.starts_with('!');
    let (route, query) = if is_route {
        fragment.split_once('?').unwrap_or((fragment, ""))
    } else {
        ("", fragment)
    };
    let mut out = String::from(address);
    out.push('#');
    out.push_str(route);
    let mut separator = if is_route { '?' } else { '&' };
    let mut first = true;
    for part in query.split('&') {
        if part.is_empty() || part.starts_with(wanted.as_str()) {
            continue;
        }
        if is_route || !first {
            out.push(separator);
        }
        out.push_str(part);
        separator = '&';
        first = false;
    }
    if is_route || !first {
        out.push(separator);
    }
    out.push_str(&wanted);
    out.push_str(code);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_host_address_and_route_and_replace_only_this_widgets_code() {
        let cases = [
            (
                "https://b.example/post",
                "https://b.example/post#soleus-calf=NEW",
            ),
            (
                "https://b.example/post#",
                "https://b.example/post#soleus-calf=NEW",
            ),
            (
                "https://b.example/post?p=1#comments",
                "https://b.example/post?p=1#comments&soleus-calf=NEW",
            ),
            (
                "https://b.example/post#soleus-2=X&soleus-calf=OLD",
                "https://b.example/post#soleus-2=X&soleus-calf=NEW",
            ),
            (
                "https://b.example/#/post",
                "https://b.example/#/post?soleus-calf=NEW",
            ),
            (
                "https://b.example/#/post?tab=2",
                "https://b.example/#/post?tab=2&soleus-calf=NEW",
            ),
            (
                "https://b.example/#/post?soleus-calf=OLD&tab=2",
                "https://b.example/#/post?tab=2&soleus-calf=NEW",
            ),
            (
                "https://b.example/#/post?soleus-calf=OLD",
                "https://b.example/#/post?soleus-calf=NEW",
            ),
            (
                "https://b.example/#!/post",
                "https://b.example/#!/post?soleus-calf=NEW",
            ),
        ];
        for (base, expected) in cases {
            let made = link(base, "calf", "NEW");
            assert_eq!(made, expected, "{base}");
            let fragment = made.split_once('#').map_or("", |(_, f)| f);
            assert_eq!(code_in_fragment(fragment, "calf"), Some("NEW"), "{made}");
        }
    }

    /// Arbitrary well-formed bodies sealed with a correct checksum, so the decisions after the
    /// checksum (a valid result, `Invalid`, `Tampered`) are each reached; every accepted code
    /// is a valid state that encodes back to the same code, and no flag ever gives a circuit.
    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_decision_on_a_well_formed_code_is_reached_and_holds() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
        use std::cell::Cell;

        let body = (
            any::<bool>(),
            proptest::collection::vec(0u8..6, QUESTION_COUNT),
            0u16..(1 << RedFlag::COUNT),
            prop_oneof![0u8..4, Just(NO_LEVEL), any::<u8>()],
            proptest::bool::weighted(0.05),
        )
            .prop_map(|(flagged, answers, flag_bits, level, bad_flag)| {
                let mut bytes = vec![VERSION];
                for (question, raw) in QUESTIONS.iter().zip(answers) {
                    bytes.push(match (flagged, question.kind) {
                        (true, _) => UNANSWERED,
                        // A count from 0 to 50, on a flat floor now and then.
                        (false, crate::model::quiz::Kind::Count { .. }) => {
                            (raw * 10) | ((raw & 1) << 7)
                        }
                        // Options 0–4 (some past the question's last), or skipped.
                        (false, _) if raw == 5 => SKIPPED,
                        (false, _) => raw,
                    });
                }
                let flags = if flagged { flag_bits.max(1) } else { 0 };
                // Now and then a bit that names no screening item.
                let flags = if bad_flag { flags | 1 << 15 } else { flags };
                bytes.extend_from_slice(&flags.to_be_bytes());
                bytes.push(level);
                let sum = checksum(&bytes);
                bytes.extend_from_slice(&sum.to_be_bytes());
                to_base64url(&bytes)
            });
        let (valid, invalid, tampered) = (Cell::new(0u32), Cell::new(0u32), Cell::new(0u32));
        // A fixed seed: the reach figures are the same on every run.
        let config = Config {
            cases: 4000,
            failure_persistence: None,
            ..Config::default()
        };
        let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
        let mut runner = TestRunner::new_with_rng(config, rng);
        let outcome = runner.run(&body, |code| {
            match decode(&code) {
                Ok(state) => {
                    valid.set(valid.get() + 1);
                    prop_assert!(state.is_valid());
                    prop_assert_eq!(encode(&state), Some(code.clone()));
                    if !state.flags.is_empty() {
                        prop_assert!(matches!(state.result(), Some(QuizResult::SeekCare(_))));
                    }
                }
                Err(CodeError::Invalid) => invalid.set(invalid.get() + 1),
                Err(CodeError::Tampered) => tampered.set(tampered.get() + 1),
                Err(other) => prop_assert!(false, "a well-formed code refused as {other:?}"),
            }
            Ok(())
        });
        assert!(outcome.is_ok(), "{outcome:?}");
        let (valid, invalid, tampered) = (valid.get(), invalid.get(), tampered.get());
        println!("reach: sealed codes: {valid} valid, {invalid} invalid, {tampered} tampered");
        for (decision, count) in [
            ("valid", valid),
            ("invalid", invalid),
            ("tampered", tampered),
        ] {
            assert!(count >= 200, "only {count} {decision} decisions of 4000");
        }
    }

    /// The same for saved progress: well-formed, sealed bodies of plausible and damaged
    /// progress; both decisions are reached, and what is accepted is valid, reads back the same
    /// when saved again, and never holds a circuit past a red flag.
    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_decision_on_well_formed_saved_progress_is_reached_and_holds() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
        use std::cell::Cell;

        let body = (
            0..=QUESTION_COUNT,
            proptest::collection::vec(0u8..3, QUESTION_COUNT),
            0u16..(1 << RedFlag::COUNT),
            any::<bool>(),
            any::<bool>(),
            prop_oneof![Just(NOT_SCREENED), 0u16..40_000],
            proptest::option::weighted(0.3, (0..SAVED_LEN - 2, any::<u8>())),
        )
            .prop_map(|(asked, choices, flag_bits, flagged, flat, day, damage)| {
                let mut bytes = vec![SAVED_VERSION];
                for (n, (question, choice)) in QUESTIONS.iter().zip(choices).enumerate() {
                    bytes.push(match question.kind {
                        _ if flagged || n >= asked => UNANSWERED,
                        crate::model::quiz::Kind::Count { .. } => {
                            (choice * 10 + 5) | if flat { FLAT_FLOOR_BIT } else { 0 }
                        }
                        _ => choice,
                    });
                }
                let flags = if flagged { flag_bits.max(1) } else { 0 };
                bytes.extend_from_slice(&flags.to_be_bytes());
                bytes.push(if flagged || asked == QUESTION_COUNT {
                    201
                } else {
                    u8::try_from(asked).unwrap_or(0)
                });
                let none_apply = if flagged { 0 } else { NONE_APPLY_BIT };
                bytes.push(none_apply | if flat { SAVED_FLAT_FLOOR_BIT } else { 0 });
                bytes.extend_from_slice(&day.to_be_bytes());
                // Now and then one byte damaged before sealing: out of range, or inconsistent.
                if let Some((at, value)) = damage {
                    if at > 0 {
                        bytes[at] = value;
                    }
                }
                let sum = checksum(&bytes);
                bytes.extend_from_slice(&sum.to_be_bytes());
                to_base64url(&bytes)
            });
        let (valid, invalid) = (Cell::new(0u32), Cell::new(0u32));
        let config = Config {
            cases: 4000,
            failure_persistence: None,
            ..Config::default()
        };
        let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
        let outcome = TestRunner::new_with_rng(config, rng).run(&body, |code| {
            match decode_saved(&code) {
                Ok(state) => {
                    valid.set(valid.get() + 1);
                    prop_assert!(state.is_valid());
                    // Saved again, it reads back the same (a damaged byte the reader ignores,
                    // such as a count's flat-floor bit, is not written back).
                    let saved = encode_saved(&state).unwrap_or_default();
                    prop_assert_eq!(decode_saved(&saved), Ok(state.clone()));
                    if !state.flags.is_empty() {
                        prop_assert!(!matches!(state.result(), Some(QuizResult::Circuit(_))));
                    }
                }
                Err(CodeError::Invalid) => invalid.set(invalid.get() + 1),
                Err(other) => prop_assert!(false, "well-formed progress refused as {other:?}"),
            }
            Ok(())
        });
        assert!(outcome.is_ok(), "{outcome:?}");
        let (valid, invalid) = (valid.get(), invalid.get());
        println!("reach: sealed saved progress: {valid} valid, {invalid} invalid");
        assert!(
            valid >= 200 && invalid >= 200,
            "{valid} valid, {invalid} invalid of 4000"
        );
    }

    #[test]
    fn a_fragment_is_read_for_this_widget_only() {
        assert_eq!(
            code_in_fragment("#soleus-calf=A&soleus-calf-2=B", "calf-2"),
            Some("B")
        );
        assert_eq!(code_in_fragment("#/post?soleus-calf=A", "calf"), Some("A"));
        assert_eq!(code_in_fragment("#/post?x=soleus-calf=A", "calf"), None);
        assert_eq!(code_in_fragment("#soleus-calfish=A", "calf"), None);
        assert_eq!(code_in_fragment("", "calf"), None);
    }
    use crate::model::quiz::QuizEvent;
    use crate::model::triage::RedFlag;

    fn finished(choice: u8, flag: Option<RedFlag>) -> QuizState {
        if let Some(flag) = flag {
            return QuizState::default()
                .apply(QuizEvent::ToggleFlag(flag))
                .apply(QuizEvent::ConfirmScreening(20_000));
        }
        let mut state = QuizState::default()
            .apply(QuizEvent::SetNoneApply(true))
            .apply(QuizEvent::ConfirmScreening(20_000));
        while let Step::Question(n) = state.step {
            let question = &QUESTIONS[usize::from(n)];
            let event = match question.kind {
                super::super::quiz::Kind::Count { .. } => QuizEvent::SetCount(23),
                _ => QuizEvent::Choose(choice.min(question.options - 1)),
            };
            state = state.apply(event).apply(QuizEvent::Next);
        }
        state
    }

    #[test]
    fn a_finished_result_round_trips_through_a_short_url_safe_code() {
        let state = finished(1, None);
        let code = encode(&state).unwrap();
        assert_eq!(code.len(), 23);
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        // The reader's own screening is not in the link: it is asked again.
        let unscreened = QuizState {
            screened_on: None,
            ..state
        };
        assert_eq!(decode(&code), Ok(unscreened));
    }

    #[test]
    fn an_unfinished_quiz_has_no_code() {
        assert_eq!(encode(&QuizState::default()), None);
    }

    #[test]
    fn damaged_truncated_and_foreign_codes_are_refused() {
        let code = encode(&finished(0, None)).unwrap();
        assert_eq!(decode(&code[..12]), Err(CodeError::WrongLength));
        assert_eq!(decode("not a code!"), Err(CodeError::NotACode));
        assert_eq!(decode(&"A".repeat(500)), Err(CodeError::TooLong));
        let mut damaged = code.clone().into_bytes();
        damaged[5] = if damaged[5] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decode(&String::from_utf8(damaged).unwrap()),
            Err(CodeError::Damaged)
        );
    }

    #[test]
    fn saved_progress_round_trips_at_any_step() {
        let screening = QuizState::default().apply(QuizEvent::SetNoneApply(true));
        assert_eq!(
            decode_saved(&encode_saved(&screening).unwrap()),
            Ok(screening.clone())
        );
        let partway = screening
            .apply(QuizEvent::ConfirmScreening(20_000))
            .apply(QuizEvent::Choose(1))
            .apply(QuizEvent::Next);
        assert_eq!(decode_saved(&encode_saved(&partway).unwrap()), Ok(partway));
        let done = finished(2, Some(RedFlag::ColdPaleLeg));
        assert_eq!(decode_saved(&encode_saved(&done).unwrap()), Ok(done));
        // A finished plan keeps the day it was screened, so an old one is re-checked.
        let plan = finished(0, None);
        assert_eq!(plan.screened_on, Some(20_000));
        assert_eq!(
            decode_saved(&encode_saved(&plan).unwrap()),
            Ok(plan.clone())
        );
        let checking = plan.apply(QuizEvent::Recheck);
        assert_eq!(
            decode_saved(&encode_saved(&checking).unwrap()),
            Ok(checking)
        );
        assert_eq!(decode_saved("not saved!"), Err(CodeError::NotACode));
        let share = encode(&finished(0, None)).unwrap();
        assert!(decode_saved(&share).is_err());
    }

    #[test]
    fn a_code_that_claims_a_circuit_despite_a_red_flag_is_refused() {
        let state = finished(0, Some(RedFlag::ClotSigns));
        let code = encode(&state).unwrap();
        let mut bytes = from_base64url(&code).unwrap();
        bytes[3 + QUESTION_COUNT] = Level::Build.index();
        let sum = checksum(&bytes[..BODY_LEN]);
        bytes[BODY_LEN..].copy_from_slice(&sum.to_be_bytes());
        assert_eq!(decode(&to_base64url(&bytes)), Err(CodeError::Tampered));
        assert!(matches!(
            decode(&code).unwrap().result(),
            Some(QuizResult::SeekCare(_))
        ));
    }

    #[test]
    fn a_flat_floor_self_test_round_trips_and_unasked_questions_need_a_flag() {
        let mut state = finished(1, None);
        state.flat_floor = true;
        state.screened_on = None;
        assert_eq!(decode(&encode(&state).unwrap()), Ok(state.clone()));
        // Advice to seek care comes before any question, so its code has none answered.
        let advice = finished(0, Some(RedFlag::SuddenSnap));
        assert!(advice.answers.iter().all(Option::is_none));
        assert_eq!(decode(&encode(&advice).unwrap()), Ok(advice));
        // The same bytes without the flag would be a circuit nobody screened for.
        let mut bytes = vec![VERSION];
        bytes.extend([UNANSWERED; QUESTION_COUNT]);
        bytes.extend([0, 0, Level::Foundation.index()]);
        let sum = checksum(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        assert_eq!(decode(&to_base64url(&bytes)), Err(CodeError::Invalid));
    }

    #[test]
    fn codes_from_the_shorter_screening_are_refused() {
        for version in [1, 3] {
            let mut bytes = vec![version];
            bytes.extend([UNANSWERED; QUESTION_COUNT]);
            bytes.extend([0, 0, 0, 0, 0, 0]);
            let body = bytes.len();
            let sum = checksum(&bytes);
            bytes.extend_from_slice(&sum.to_be_bytes());
            assert_eq!(bytes.len(), body + 2);
            let code = to_base64url(&bytes);
            assert!(decode(&code).is_err() && decode_saved(&code).is_err());
        }
    }

    #[test]
    fn progress_saved_by_the_questions_first_journey_is_refused() {
        let mut bytes = vec![2];
        bytes.extend([UNANSWERED; QUESTION_COUNT]);
        bytes.extend([0, 0, 3, 0]);
        let sum = checksum(&bytes);
        bytes.extend_from_slice(&sum.to_be_bytes());
        assert!(decode_saved(&to_base64url(&bytes)).is_err());
        bytes.splice(bytes.len() - 2..bytes.len() - 2, [0xff, 0xff]);
        assert_eq!(bytes.len(), SAVED_LEN);
        assert_eq!(
            decode_saved(&to_base64url(&bytes)),
            Err(CodeError::UnknownVersion)
        );
    }
}
