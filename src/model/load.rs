//! A rough estimate of how much load a run puts through one calf.
//!
//! Steps per leg are cadence × minutes ÷ 2. Each step loads the calf with a multiple of body
//! weight; the widget lets the person choose that multiple within the range modelling studies
//! report (about 6–8× for the soleus and 3–4× for the gastrocnemius, widely quoted from Dorn,
//! Schache & Pandy 2012 but not verified against the paper's figures, so it is shown as a
//! reported range, never as a measurement). The result is an order of magnitude to think
//! with, not a measurement.
//!
//! All input comes from a person typing, so every field is read on its own: a wrong value gives
//! a [`LoadError`] naming the field and its accepted range, shown next to that field, never a
//! panic or a nonsense number. Body mass is optional: without it the load is counted in body
//! weights, with it also in tonnes.

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
/// The cadence the calculator starts with: a common recreational running cadence.
pub const CADENCE_SPM_TYPICAL: u16 = 170;
/// The run time the calculator starts with.
pub const MINUTES_TYPICAL: u16 = 30;

/// A typed-in field of the calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Body mass, kg.
    BodyMass,
    /// Cadence, steps per minute.
    Cadence,
    /// Duration, minutes.
    Minutes,
}

impl Field {
    /// The whole numbers the field accepts, lowest and highest.
    pub fn range(self) -> (u16, u16) {
        match self {
            Field::BodyMass => BODY_MASS_KG,
            Field::Cadence => CADENCE_SPM,
            Field::Minutes => MINUTES,
        }
    }
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
    /// Cumulative load through one calf, in tonnes (rounded), when a body mass was given.
    pub tonnes_per_leg: Option<u32>,
}

/// Reads `field` as typed: a whole number within its range, spaces trimmed; a comma or point
/// decimal is rejected rather than guessed at.
pub fn read(text: &str, field: Field) -> Result<u16, LoadError> {
    let (low, high) = field.range();
    let value: u64 = text
        .trim()
        .parse()
        .map_err(|_| LoadError::NotANumber(field))?;
    if value < u64::from(low) || value > u64::from(high) {
        return Err(LoadError::OutOfRange(field, low, high));
    }
    Ok(value as u16)
}

/// Reads the optional body mass: empty is no mass, anything else must be valid.
pub fn read_optional(text: &str, field: Field) -> Result<Option<u16>, LoadError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        read(text, field).map(Some)
    }
}

/// Estimates the load of one run from values already read; the multiple is kept within the
/// reported range.
pub fn estimate(
    body_mass_kg: Option<u16>,
    cadence_spm: u16,
    minutes: u16,
    multiple: u8,
) -> LoadEstimate {
    let multiple = multiple.clamp(MIN_MULTIPLE, MAX_MULTIPLE);
    let steps_per_leg = u32::from(cadence_spm) * u32::from(minutes) / 2;
    // kg × multiple × steps, in tonnes, rounded; the largest inputs stay far inside u64.
    let tonnes_per_leg = body_mass_kg.map(|mass| {
        let kilograms = u64::from(mass) * u64::from(multiple) * u64::from(steps_per_leg);
        ((kilograms + 500) / 1000) as u32
    });
    LoadEstimate {
        steps_per_leg,
        multiple,
        tonnes_per_leg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typical_half_hour_run_loads_each_calf_with_about_a_thousand_tonnes() {
        let run = estimate(Some(70), 170, 30, 6);
        assert_eq!(run.steps_per_leg, 2550);
        assert_eq!(run.tonnes_per_leg, Some(1071)); // 70 kg × 6 × 2550 steps
    }

    #[test]
    fn without_a_body_mass_there_are_steps_but_no_tonnes() {
        assert_eq!(read_optional("  ", Field::BodyMass), Ok(None));
        let run = estimate(None, 170, 30, 6);
        assert_eq!((run.steps_per_leg, run.tonnes_per_leg), (2550, None));
    }

    #[test]
    fn zero_negative_absurd_and_non_numeric_input_is_refused_with_the_field() {
        assert_eq!(
            read("0", Field::BodyMass),
            Err(LoadError::OutOfRange(Field::BodyMass, 30, 250))
        );
        assert_eq!(
            read("-170", Field::Cadence),
            Err(LoadError::NotANumber(Field::Cadence))
        );
        assert_eq!(
            read("99999999999999999999", Field::Minutes),
            Err(LoadError::NotANumber(Field::Minutes))
        );
        assert_eq!(
            read("9000", Field::Minutes),
            Err(LoadError::OutOfRange(Field::Minutes, 1, 600))
        );
        assert_eq!(
            read_optional("seventy", Field::BodyMass),
            Err(LoadError::NotANumber(Field::BodyMass))
        );
        assert_eq!(
            read("70.5", Field::BodyMass),
            Err(LoadError::NotANumber(Field::BodyMass))
        );
        assert_eq!(read(" 30 ", Field::Minutes), Ok(30));
    }

    #[test]
    fn the_multiple_stays_within_the_reported_range() {
        assert_eq!(estimate(None, 170, 30, 12).multiple, MAX_MULTIPLE);
        assert_eq!(estimate(None, 170, 30, 0).multiple, MIN_MULTIPLE);
    }

    #[test]
    fn the_largest_accepted_inputs_do_not_overflow() {
        let run = estimate(Some(250), 240, 600, MAX_MULTIPLE);
        assert_eq!(run.steps_per_leg, 72_000);
        assert_eq!(run.tonnes_per_leg, Some(144_000));
    }

    #[test]
    fn a_bigger_multiple_never_gives_a_smaller_load() {
        let mut previous = 0;
        for multiple in MIN_MULTIPLE..=MAX_MULTIPLE {
            let tonnes = estimate(Some(60), 160, 45, multiple)
                .tonnes_per_leg
                .unwrap_or(0);
            assert!(tonnes >= previous);
            previous = tonnes;
        }
    }
}
