//! A rough estimate of how much load a run puts through one calf.
//!
//! Steps per leg are cadence × minutes ÷ 2. Each step loads the calf with a multiple of body
//! weight; the widget lets the person choose that multiple within the range modelling studies
//! report (about 6–8× for the soleus and 3–4× for the gastrocnemius, widely quoted from Dorn,
//! Schache & Pandy 2012 but not verified against the paper's figures, so it is shown as a
//! reported range, never as a measurement). The result is an order of magnitude to think
//! with, not a measurement.
//!
//! All input comes from a person typing, so everything is validated: a wrong value gives a
//! [`LoadError`] naming the field and its accepted range, never a panic or a nonsense number.

use super::evidence::Claim;

/// The claim behind the multiple of body weight.
pub const CLAIM: Claim = Claim::RunningLoadMultiple;

/// Lowest selectable calf load per step, in body weights (gastrocnemius end of the range).
pub const MIN_MULTIPLE: u8 = 3;
/// Highest selectable calf load per step, in body weights (soleus end of the range).
pub const MAX_MULTIPLE: u8 = 8;
/// The starting multiple: the low end of the soleus range.
pub const DEFAULT_MULTIPLE: u8 = 6;

/// Accepted body mass, kg.
pub const BODY_MASS_KG: (u16, u16) = (30, 250);
/// Accepted cadence, steps per minute with both legs.
pub const CADENCE_SPM: (u16, u16) = (100, 240);
/// Accepted run duration, minutes.
pub const MINUTES: (u16, u16) = (1, 600);

/// Which input was wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Body mass, kg.
    BodyMass,
    /// Cadence, steps per minute.
    Cadence,
    /// Duration, minutes.
    Minutes,
    /// Multiple of body weight.
    Multiple,
}

/// Why an estimate could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The field is empty or not a whole number.
    NotANumber(Field),
    /// The field is a number outside the accepted range `(low, high)`.
    OutOfRange(Field, u16, u16),
}

/// The estimate for one run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadEstimate {
    /// Steps taken by each leg.
    pub steps_per_leg: u32,
    /// Multiple of body weight used per step.
    pub multiple: u8,
    /// Cumulative load through one calf, in tonnes (rounded).
    pub tonnes_per_leg: u32,
}

/// Parses a whole number within `range`, trimming spaces; a comma or point decimal is rejected
/// rather than guessed at.
fn parse_in_range(text: &str, field: Field, range: (u16, u16)) -> Result<u16, LoadError> {
    let value: u64 = text
        .trim()
        .parse()
        .map_err(|_| LoadError::NotANumber(field))?;
    if value < u64::from(range.0) || value > u64::from(range.1) {
        return Err(LoadError::OutOfRange(field, range.0, range.1));
    }
    Ok(value as u16)
}

/// Estimates the load of one run from text fields as typed.
pub fn estimate(
    body_mass_kg: &str,
    cadence_spm: &str,
    minutes: &str,
    multiple: u8,
) -> Result<LoadEstimate, LoadError> {
    let mass = parse_in_range(body_mass_kg, Field::BodyMass, BODY_MASS_KG)?;
    let cadence = parse_in_range(cadence_spm, Field::Cadence, CADENCE_SPM)?;
    let minutes = parse_in_range(minutes, Field::Minutes, MINUTES)?;
    if !(MIN_MULTIPLE..=MAX_MULTIPLE).contains(&multiple) {
        return Err(LoadError::OutOfRange(
            Field::Multiple,
            MIN_MULTIPLE.into(),
            MAX_MULTIPLE.into(),
        ));
    }
    let steps_per_leg = u32::from(cadence) * u32::from(minutes) / 2;
    // kg × multiple × steps, in tonnes, rounded; the largest inputs stay far inside u64.
    let kilograms = u64::from(mass) * u64::from(multiple) * u64::from(steps_per_leg);
    let tonnes_per_leg = ((kilograms + 500) / 1000) as u32;
    Ok(LoadEstimate {
        steps_per_leg,
        multiple,
        tonnes_per_leg,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typical_half_hour_run_loads_each_calf_with_about_a_thousand_tonnes() {
        let run = estimate("70", "170", "30", 6).unwrap();
        assert_eq!(run.steps_per_leg, 2550);
        assert_eq!(run.tonnes_per_leg, 1071); // 70 kg × 6 × 2550 steps
    }

    #[test]
    fn zero_negative_absurd_and_non_numeric_input_is_refused_with_the_field() {
        assert_eq!(
            estimate("0", "170", "30", 6),
            Err(LoadError::OutOfRange(Field::BodyMass, 30, 250))
        );
        assert_eq!(
            estimate("70", "-170", "30", 6),
            Err(LoadError::NotANumber(Field::Cadence))
        );
        assert_eq!(
            estimate("70", "170", "99999999999999999999", 6),
            Err(LoadError::NotANumber(Field::Minutes))
        );
        assert_eq!(
            estimate("70", "170", "9000", 6),
            Err(LoadError::OutOfRange(Field::Minutes, 1, 600))
        );
        assert_eq!(
            estimate("seventy", "170", "30", 6),
            Err(LoadError::NotANumber(Field::BodyMass))
        );
        assert_eq!(
            estimate("70.5", "170", "30", 6),
            Err(LoadError::NotANumber(Field::BodyMass))
        );
        assert_eq!(
            estimate("70", "170", "30", 12),
            Err(LoadError::OutOfRange(Field::Multiple, 3, 8))
        );
    }

    #[test]
    fn the_largest_accepted_inputs_do_not_overflow() {
        let run = estimate("250", "240", "600", MAX_MULTIPLE).unwrap();
        assert_eq!(run.steps_per_leg, 72_000);
        assert_eq!(run.tonnes_per_leg, 144_000);
    }

    #[test]
    fn a_bigger_multiple_never_gives_a_smaller_load() {
        let mut previous = 0;
        for multiple in MIN_MULTIPLE..=MAX_MULTIPLE {
            let tonnes = estimate("60", "160", "45", multiple)
                .unwrap()
                .tonnes_per_leg;
            assert!(tonnes >= previous);
            previous = tonnes;
        }
    }
}
