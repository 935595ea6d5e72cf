//! The screening: a current injury, and the signs that need a clinician instead of exercise.
//!
//! Each item's urgency is the one the guidance behind its claim gives it (NHS pages and NHS
//! trust leaflets for clots, rupture, compartment syndrome, circulation, infection, sepsis
//! and the spine; musculoskeletal red-flag guidance for bone stress and cancer). A current
//! calf or Achilles injury is not an emergency, but it is a gate all the same: a plan for
//! a healthy calf is the wrong plan for an injured one, so it leads to "see a physiotherapist
//! first" and, like every other item, to no exercise at all. The most urgent item sets the
//! urgency.

use super::evidence::Claim;

/// An item the person ticks during screening. The discriminant is the item's position in
/// [`RedFlag::ALL`] and its bit in [`Flags`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum RedFlag {
    /// A calf or Achilles injury in the last six weeks.
    RecentInjury = 0,
    /// Calf or Achilles pain now that makes the person limp or stops them hopping on that leg.
    PainChangesWalking = 1,
    /// One calf swollen compared with the other, warm, red or darker, tender or throbbing
    /// (possible blood clot).
    ClotSigns = 2,
    /// Pain in one calf together with something that raises the risk of a clot.
    CalfPainWithClotRisk = 3,
    /// Breathless, chest pain when breathing in, or coughing blood (possible clot in the lung).
    BreathlessOrChestPain = 4,
    /// A sudden snap or kick at the back of the ankle, a gap above the heel, or unable to rise
    /// onto tiptoe on that leg alone (possible Achilles rupture).
    SuddenSnap = 5,
    /// Sudden, severe calf pain that keeps getting worse, with a tight swollen calf (possible
    /// acute compartment syndrome).
    SevereWorseningPain = 6,
    /// Tightness, aching, tingling or numbness that comes on with walking or running and
    /// settles with rest (chronic exertional compartment syndrome, artery entrapment or
    /// narrowed arteries).
    ExertionalSymptoms = 7,
    /// A leg or foot suddenly cold, pale or blue, painful or numb (blocked blood supply).
    ColdPaleLeg = 8,
    /// Skin of the leg red, hot and swollen and spreading, or a fever (possible infection).
    SpreadingRedness = 9,
    /// A fever with feeling very unwell, confused, or a fast heartbeat or breathing (possible
    /// sepsis).
    FeverVeryUnwell = 10,
    /// One tender spot on the shin bone that hurts to hop on (possible stress fracture).
    BoneTenderness = 11,
    /// Pain at night or at rest with unexplained weight loss or a history of cancer.
    NightPainWeightLoss = 12,
    /// Back pain with leg pain, tingling, numbness or weakness (a nerve from the back).
    BackPainWithLegSymptoms = 13,
    /// Numbness around the bottom or genitals, or new bladder or bowel trouble (possible
    /// cauda equina syndrome).
    SaddleNumbness = 14,
}

/// How recent an injury counts as current, weeks: muscle healing takes at least six
/// (claim `CurrentInjury`).
pub const RECENT_INJURY_WEEKS: u8 = 6;

impl RedFlag {
    /// How many items the screening has.
    pub const COUNT: usize = 15;

    /// Every item, in the order the screening asks about them: the current injury first (what
    /// a clinician asks first), then the signs, most urgent groups first.
    pub const ALL: [RedFlag; RedFlag::COUNT] = [
        RedFlag::RecentInjury,
        RedFlag::PainChangesWalking,
        RedFlag::ClotSigns,
        RedFlag::CalfPainWithClotRisk,
        RedFlag::BreathlessOrChestPain,
        RedFlag::SuddenSnap,
        RedFlag::SevereWorseningPain,
        RedFlag::ExertionalSymptoms,
        RedFlag::ColdPaleLeg,
        RedFlag::SpreadingRedness,
        RedFlag::FeverVeryUnwell,
        RedFlag::BoneTenderness,
        RedFlag::NightPainWeightLoss,
        RedFlag::BackPainWithLegSymptoms,
        RedFlag::SaddleNumbness,
    ];

    /// This item's position in [`RedFlag::ALL`], from its discriminant.
    pub fn index(self) -> usize {
        self as usize
    }

    /// This item's bit in a [`Flags`] set, from its discriminant: no fallback to get wrong.
    fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// Whether this item is the current-injury gate rather than a sign of something else.
    pub fn is_current_injury(self) -> bool {
        matches!(self, RedFlag::RecentInjury | RedFlag::PainChangesWalking)
    }

    /// How soon care is needed for this item alone, as its guidance says.
    pub fn urgency(self) -> Urgency {
        match self {
            RedFlag::RecentInjury | RedFlag::PainChangesWalking => Urgency::SeePhysio,
            RedFlag::ExertionalSymptoms
            | RedFlag::BoneTenderness
            | RedFlag::NightPainWeightLoss
            | RedFlag::BackPainWithLegSymptoms => Urgency::Soon,
            RedFlag::ClotSigns | RedFlag::CalfPainWithClotRisk | RedFlag::SpreadingRedness => {
                Urgency::SameDay
            }
            RedFlag::SuddenSnap => Urgency::UrgentCare,
            RedFlag::BreathlessOrChestPain
            | RedFlag::SevereWorseningPain
            | RedFlag::ColdPaleLeg
            | RedFlag::FeverVeryUnwell
            | RedFlag::SaddleNumbness => Urgency::Emergency,
        }
    }

    /// The claim (and sources) behind the advice for this item.
    pub fn claim(self) -> Claim {
        match self {
            RedFlag::RecentInjury | RedFlag::PainChangesWalking => Claim::CurrentInjury,
            RedFlag::ClotSigns | RedFlag::CalfPainWithClotRisk | RedFlag::BreathlessOrChestPain => {
                Claim::RedFlagDvt
            }
            RedFlag::SuddenSnap => Claim::RedFlagRupture,
            RedFlag::SevereWorseningPain => Claim::RedFlagCompartment,
            RedFlag::ExertionalSymptoms => Claim::RedFlagExertional,
            RedFlag::ColdPaleLeg => Claim::RedFlagCirculation,
            RedFlag::SpreadingRedness => Claim::RedFlagInfection,
            RedFlag::FeverVeryUnwell => Claim::RedFlagSepsis,
            RedFlag::BoneTenderness => Claim::RedFlagStressFracture,
            RedFlag::NightPainWeightLoss => Claim::RedFlagSerious,
            RedFlag::BackPainWithLegSymptoms | RedFlag::SaddleNumbness => Claim::RedFlagSpine,
        }
    }
}

/// How soon to get care, least to most urgent. Serialised in host events as
/// `"see-physio"`, `"soon"`, `"same-day"`, `"urgent-care"` or `"emergency"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// A current injury: see a physiotherapist before starting the circuit.
    SeePhysio,
    /// Book to see a doctor or physiotherapist soon.
    Soon,
    /// Get medical advice today.
    SameDay,
    /// Go to an urgent treatment centre or emergency department today.
    UrgentCare,
    /// Call the emergency number now.
    Emergency,
}

impl Urgency {
    /// Every urgency, least urgent first; the words per urgency follow this order.
    pub const ALL: [Urgency; 5] = [
        Urgency::SeePhysio,
        Urgency::Soon,
        Urgency::SameDay,
        Urgency::UrgentCare,
        Urgency::Emergency,
    ];

    /// Its position in [`Urgency::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The urgency's stable, untranslated name (as serde spells it), for event payloads.
    pub fn tag(self) -> &'static str {
        match self {
            Urgency::SeePhysio => "see-physio",
            Urgency::Soon => "soon",
            Urgency::SameDay => "same-day",
            Urgency::UrgentCare => "urgent-care",
            Urgency::Emergency => "emergency",
        }
    }
}

/// A set of ticked items, stored as bits so it serialises to two bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Flags(u16);

impl Flags {
    /// The bits that name an item; anything else in a decoded value is invalid.
    pub const VALID_BITS: u16 = (1 << RedFlag::COUNT) - 1;

    /// The set from its bits, if every set bit names an item.
    pub fn from_bits(bits: u16) -> Option<Flags> {
        (bits & !Self::VALID_BITS == 0).then_some(Flags(bits))
    }

    /// The set as bits.
    pub fn bits(self) -> u16 {
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

/// What the screening decided: exercise may be offered, or care must come first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScreeningDecision {
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
pub fn triage(flags: Flags) -> ScreeningDecision {
    let reasons: Vec<RedFlag> = flags.iter().collect();
    match reasons.iter().map(|f| f.urgency()).max() {
        None => ScreeningDecision::Clear,
        Some(urgency) => ScreeningDecision::SeekCare { urgency, reasons },
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
        assert_eq!(triage(Flags::default()), ScreeningDecision::Clear);
    }

    #[test]
    fn every_item_sits_at_its_own_index_and_bit() {
        for (index, flag) in RedFlag::ALL.into_iter().enumerate() {
            assert_eq!(flag.index(), index, "{flag:?}");
            let only = Flags::default().toggled(flag);
            assert_eq!(only.iter().collect::<Vec<_>>(), vec![flag]);
        }
        for (index, urgency) in Urgency::ALL.into_iter().enumerate() {
            assert_eq!(urgency.index(), index);
        }
    }

    #[test]
    fn the_most_urgent_flag_sets_the_urgency() {
        let flags = Flags::default()
            .toggled(RedFlag::ExertionalSymptoms)
            .toggled(RedFlag::ClotSigns);
        assert_eq!(
            triage(flags),
            ScreeningDecision::SeekCare {
                urgency: Urgency::SameDay,
                reasons: vec![RedFlag::ClotSigns, RedFlag::ExertionalSymptoms],
            }
        );
        let with_breathlessness = flags.toggled(RedFlag::BreathlessOrChestPain);
        assert!(matches!(
            triage(with_breathlessness),
            ScreeningDecision::SeekCare {
                urgency: Urgency::Emergency,
                ..
            }
        ));
    }

    #[test]
    fn a_current_injury_means_see_a_physiotherapist_first_and_a_sign_outranks_it() {
        for flag in [RedFlag::RecentInjury, RedFlag::PainChangesWalking] {
            assert!(flag.is_current_injury());
            let only = Flags::default().toggled(flag);
            assert!(matches!(
                triage(only),
                ScreeningDecision::SeekCare {
                    urgency: Urgency::SeePhysio,
                    ..
                }
            ));
            let with_snap = only.toggled(RedFlag::SuddenSnap);
            assert!(matches!(
                triage(with_snap),
                ScreeningDecision::SeekCare {
                    urgency: Urgency::UrgentCare,
                    ..
                }
            ));
        }
    }

    #[test]
    fn tingling_that_settles_with_rest_is_not_an_emergency_but_sudden_severe_pain_is() {
        assert_eq!(RedFlag::ExertionalSymptoms.urgency(), Urgency::Soon);
        assert_eq!(RedFlag::SevereWorseningPain.urgency(), Urgency::Emergency);
        assert_eq!(RedFlag::SpreadingRedness.urgency(), Urgency::SameDay);
        assert_eq!(RedFlag::FeverVeryUnwell.urgency(), Urgency::Emergency);
        assert_eq!(RedFlag::BackPainWithLegSymptoms.urgency(), Urgency::Soon);
        assert_eq!(RedFlag::SaddleNumbness.urgency(), Urgency::Emergency);
    }

    #[test]
    fn every_flag_on_its_own_means_seek_care() {
        for flag in RedFlag::ALL {
            let flags = Flags::default().toggled(flag);
            assert!(
                matches!(triage(flags), ScreeningDecision::SeekCare { .. }),
                "{flag:?}"
            );
            assert!(!flag.claim().sources().is_empty());
        }
    }

    #[test]
    fn unknown_bits_are_rejected() {
        assert_eq!(Flags::from_bits(1 << RedFlag::COUNT), None);
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
