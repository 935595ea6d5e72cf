//! Red-flag screening: the signs that need a clinician instead of exercise.
//!
//! From NHS guidance on deep vein thrombosis, Achilles rupture, compartment syndrome,
//! circulation and infection (see each flag's claim). Any flag means no circuit is recommended,
//! whatever else was answered; the most urgent flag sets the urgency.

use super::evidence::Claim;

/// A sign the person reports during screening.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RedFlag {
    /// Pain, swelling, warmth or redness in one calf (possible blood clot).
    OneCalfSwollen,
    /// Breathless, chest pain when breathing in, or coughing blood (possible clot in the lung).
    BreathlessOrChestPain,
    /// A sudden snap or kick at the back of the ankle, or unable to rise on tiptoe.
    SuddenSnap,
    /// Severe, worsening pain out of proportion, a tight swollen calf, pins and needles or
    /// numbness (possible compartment syndrome).
    SeverePainOrNumbness,
    /// A cold, pale leg.
    ColdPaleLeg,
    /// Calf pain on walking that stops with rest.
    PainOnWalkingEasesWithRest,
    /// Fever or spreading redness (possible infection).
    FeverOrSpreadingRedness,
}

impl RedFlag {
    /// Every flag, in the order the screening asks about them.
    pub const ALL: [RedFlag; 7] = [
        RedFlag::OneCalfSwollen,
        RedFlag::BreathlessOrChestPain,
        RedFlag::SuddenSnap,
        RedFlag::SeverePainOrNumbness,
        RedFlag::ColdPaleLeg,
        RedFlag::PainOnWalkingEasesWithRest,
        RedFlag::FeverOrSpreadingRedness,
    ];

    /// This flag's bit in a [`Flags`] set.
    fn bit(self) -> u8 {
        let index = RedFlag::ALL.iter().position(|f| *f == self).unwrap_or(0);
        1 << index
    }

    /// How soon care is needed for this flag alone.
    pub fn urgency(self) -> Urgency {
        match self {
            RedFlag::BreathlessOrChestPain
            | RedFlag::SeverePainOrNumbness
            | RedFlag::ColdPaleLeg => Urgency::Emergency,
            RedFlag::OneCalfSwollen | RedFlag::SuddenSnap | RedFlag::FeverOrSpreadingRedness => {
                Urgency::SameDay
            }
            RedFlag::PainOnWalkingEasesWithRest => Urgency::Soon,
        }
    }

    /// The claim (and sources) behind the advice for this flag.
    pub fn claim(self) -> Claim {
        match self {
            RedFlag::OneCalfSwollen | RedFlag::BreathlessOrChestPain => Claim::RedFlagDvt,
            RedFlag::SuddenSnap => Claim::RedFlagRupture,
            RedFlag::SeverePainOrNumbness => Claim::RedFlagCompartment,
            RedFlag::ColdPaleLeg | RedFlag::PainOnWalkingEasesWithRest => Claim::RedFlagCirculation,
            RedFlag::FeverOrSpreadingRedness => Claim::RedFlagInfection,
        }
    }
}

/// How soon to get care, least to most urgent. Serialised in host events as `"soon"`,
/// `"same-day"` or `"emergency"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Book to see a clinician soon.
    Soon,
    /// Get medical advice today.
    SameDay,
    /// Call the emergency number now.
    Emergency,
}

/// A set of reported red flags, stored as bits so it serialises to one byte.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Flags(u8);

impl Flags {
    /// The bits that name a flag; anything else in a decoded byte is invalid.
    pub const VALID_BITS: u8 = (1 << RedFlag::ALL.len()) - 1;

    /// The set from its byte, if every set bit names a flag.
    pub fn from_bits(bits: u8) -> Option<Flags> {
        (bits & !Self::VALID_BITS == 0).then_some(Flags(bits))
    }

    /// The set as one byte.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether `flag` was reported.
    pub fn contains(self, flag: RedFlag) -> bool {
        self.0 & flag.bit() != 0
    }

    /// The set with `flag` switched.
    pub fn toggled(self, flag: RedFlag) -> Flags {
        Flags(self.0 ^ flag.bit())
    }

    /// Whether no flag was reported.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The reported flags, in screening order.
    pub fn iter(self) -> impl Iterator<Item = RedFlag> {
        RedFlag::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

/// The result of screening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Triage {
    /// No red flag: exercise advice may be shown.
    Clear,
    /// At least one red flag: advice to seek care, and no exercise.
    SeekCare {
        /// The most urgent flag's urgency.
        urgency: Urgency,
        /// Every reported flag, to explain why.
        reasons: Vec<RedFlag>,
    },
}

/// Screens the reported flags.
pub fn triage(flags: Flags) -> Triage {
    let reasons: Vec<RedFlag> = flags.iter().collect();
    match reasons.iter().map(|f| f.urgency()).max() {
        None => Triage::Clear,
        Some(urgency) => Triage::SeekCare { urgency, reasons },
    }
}

/// The emergency number shown when the clinic configured none: 112 reaches emergency
/// services across the EU and in the UK; clinics elsewhere set their own (911, 000, …).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";

/// The emergency number to show: the clinic's, if it configured one, else the default.
pub fn emergency_number(configured: Option<&str>) -> &str {
    configured.unwrap_or(DEFAULT_EMERGENCY_NUMBER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_flag_is_clear() {
        assert_eq!(triage(Flags::default()), Triage::Clear);
    }

    #[test]
    fn the_most_urgent_flag_sets_the_urgency() {
        let flags = Flags::default()
            .toggled(RedFlag::PainOnWalkingEasesWithRest)
            .toggled(RedFlag::OneCalfSwollen);
        assert_eq!(
            triage(flags),
            Triage::SeekCare {
                urgency: Urgency::SameDay,
                reasons: vec![RedFlag::OneCalfSwollen, RedFlag::PainOnWalkingEasesWithRest],
            }
        );
        let with_breathlessness = flags.toggled(RedFlag::BreathlessOrChestPain);
        assert!(matches!(
            triage(with_breathlessness),
            Triage::SeekCare {
                urgency: Urgency::Emergency,
                ..
            }
        ));
    }

    #[test]
    fn every_flag_on_its_own_means_seek_care() {
        for flag in RedFlag::ALL {
            let flags = Flags::default().toggled(flag);
            assert!(matches!(triage(flags), Triage::SeekCare { .. }), "{flag:?}");
            assert!(!flag.claim().sources().is_empty());
        }
    }

    #[test]
    fn unknown_bits_are_rejected() {
        assert_eq!(Flags::from_bits(0b1000_0000), None);
        assert_eq!(
            Flags::from_bits(0b0000_0101).map(|f| f.iter().count()),
            Some(2)
        );
    }

    #[test]
    fn the_emergency_number_comes_from_configuration_first() {
        assert_eq!(emergency_number(Some("911")), "911");
        assert_eq!(emergency_number(None), "112");
    }
}
