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
//! panic or a nonsense number. The load is given per step in body weights and never summed
//! over the run: peak forces do not add up to a meaningful total.

use super::evidence::Claim;

/// The claim behind the multiple of body weight.
pub const CLAIM: Claim = Claim::RunningLoadMultiple;

/// Lowest selectable calf load per step, in body weights (gastrocnemius end of the range).
pub const MIN_MULTIPLE: u8 = 3;
/// Highest selectable calf load per step, in body weights (soleus end of the range).
pub const MAX_MULTIPLE: u8 = 8;
/// The starting multiple: the low end of the soleus range.
pub const DEFAULT_MULTIPLE: u8 = 6;

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
    /// Cadence, steps per minute.
    Cadence,
    /// Duration, minutes.
    Minutes,
}

impl Field {
    /// The whole numbers the field accepts, lowest and highest.
    pub fn range(self) -> (u16, u16) {
        match self {
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
    /// Multiple of body weight at each step's peak.
    pub multiple: u8,
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

/// Estimates the load of one run from values already read; the multiple is kept within the
/// reported range.
pub fn estimate(cadence_spm: u16, minutes: u16, multiple: u8) -> LoadEstimate {
    LoadEstimate {
        steps_per_leg: u32::from(cadence_spm) * u32::from(minutes) / 2,
        multiple: multiple.clamp(MIN_MULTIPLE, MAX_MULTIPLE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_hour_run_at_a_typical_cadence_is_about_two_and_a_half_thousand_steps_a_leg() {
        let run = estimate(170, 30, 6);
        assert_eq!(run.steps_per_leg, 2550);
        assert_eq!(run.multiple, 6);
    }

    #[test]
    fn zero_negative_absurd_and_non_numeric_input_is_refused_with_the_field() {
        assert_eq!(
            read("0", Field::Cadence),
            Err(LoadError::OutOfRange(Field::Cadence, 100, 240))
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
            read("30.5", Field::Minutes),
            Err(LoadError::NotANumber(Field::Minutes))
        );
        assert_eq!(read(" 30 ", Field::Minutes), Ok(30));
    }

    #[test]
    fn the_multiple_stays_within_the_reported_range() {
        assert_eq!(estimate(170, 30, 12).multiple, MAX_MULTIPLE);
        assert_eq!(estimate(170, 30, 0).multiple, MIN_MULTIPLE);
    }

    #[test]
    fn the_largest_accepted_inputs_do_not_overflow() {
        assert_eq!(estimate(240, 600, MAX_MULTIPLE).steps_per_leg, 72_000);
    }
}
