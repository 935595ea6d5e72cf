//! How bending the knee shares plantarflexion work between soleus and gastrocnemius.
//!
//! This is a **model**, not a measurement, and the widget always labels it so.
//!
//! * Each muscle's capacity at a straight knee is proportional to its physiological
//!   cross-sectional area (MRI, 12 adults: soleus ≈ 230 cm², medial gastrocnemius ≈ 68 cm²,
//!   lateral gastrocnemius ≈ 28 cm²; Fukunaga et al. 1992). That gives the soleus about 71% of
//!   straight-knee capacity.
//! * The soleus crosses only the ankle, so the knee angle does not change it (soleus activity is
//!   unchanged between straight and bent knee; Gago, Arndt & Ekblom 2017).
//! * The gastrocnemius crosses the knee too: bending the knee shortens it and its available
//!   force falls. Maximal plantarflexion force is about 34% lower with the knee bent
//!   (Gago 2017), and medial gastrocnemius activity keeps falling up to 110° of knee flexion
//!   (Arampatzis et al. 2006). Heel raises at 45° change activity only modestly
//!   (Hébert-Losier et al. 2012), so the fall is gentle at first and steep near 90°.
//!
//! How much force the gastrocnemius keeps at 90° is not measured. Its activity is still about
//! 58% of its straight-knee value (Gago 2017: 42% lower), so 58% is the most it keeps. A
//! shortened muscle makes less force for the same activity (Arampatzis 2006 attribute the
//! fall to the force–length potential), so it keeps less than that; the model takes 30% as
//! the least, about half. Between those premises the soleus does roughly 80–90% at 90°: the
//! larger share, never all of it, and heel raises at 45° shift only a little (Hébert-Losier
//! 2012; knee angle did not change fatigue, Hébert-Losier 2012b). The measured 34% loss of
//! total force is more than these premises explain, which says the area shares understate
//! the gastrocnemius' straight-knee part; the widget says so rather than hiding it. The curve
//! between the anchor points is illustrative.
//!
//! The widget therefore never shows the share as one exact number: [`Share::soleus_band`]
//! gives the share over that range of residual force, rounded to the nearest 5%, and the
//! widget says "about 70%" where the band is one value and "80–90%" where it is not.

use super::anatomy::{
    LATERAL_GASTROCNEMIUS_PCSA_CM2, MEDIAL_GASTROCNEMIUS_PCSA_CM2, SOLEUS_PCSA_CM2,
};
use super::evidence::Claim;

/// The claim behind the model; its sources are the ones the label cites.
pub const CLAIM: Claim = Claim::KneeModel;

/// Soleus share, in percent, from which the soleus is said to lead.
const SOLEUS_LEADS_FROM_PERCENT: u8 = 75;
/// Soleus share, in percent, from which the soleus is said to do the larger share clearly.
const SOLEUS_DOMINATES_FROM_PERCENT: u8 = 80;

/// Which plain-language sentence describes a share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emphasis {
    /// Both muscles contribute substantially (straight or slightly bent knee).
    Shared,
    /// The gastrocnemius is clearly weaker; the soleus leads.
    SoleusLeads,
    /// The soleus does clearly the larger share; the gastrocnemius still helps.
    SoleusDominant,
}

/// The smallest knee flexion the model covers, in degrees (a straight knee).
pub const MIN_KNEE_DEGREES: u8 = 0;
/// The largest knee flexion the model covers, in degrees (Arampatzis et al. 2006 measured to 110°).
pub const MAX_KNEE_DEGREES: u8 = 110;

/// Knee angle at which the bent-knee measurements were made, degrees (Gago et al. 2017).
pub const BENT_KNEE_ANCHOR_DEGREES: f32 = 90.0;
/// The range of its straight-knee force the gastrocnemius keeps at 90°, shown as the share's
/// band: at most its remaining activity (Gago 2017: 42% lower, so 58%), at least about half
/// of that, for the shortened muscle's lower force at the same activity (Arampatzis 2006).
pub const GASTROCNEMIUS_FACTOR_AT_90_BOUNDS: (f32, f32) = (
    0.30,
    1.0 - BENT_KNEE_GASTROCNEMIUS_ACTIVITY_LOSS_PERCENT as f32 / 100.0,
);
/// The model's single curve keeps the middle of that range at 90°.
pub const GASTROCNEMIUS_FACTOR_AT_90: f32 =
    (GASTROCNEMIUS_FACTOR_AT_90_BOUNDS.0 + GASTROCNEMIUS_FACTOR_AT_90_BOUNDS.1) / 2.0;
/// Fraction it keeps at 110°: activity keeps falling beyond 90° (Arampatzis et al. 2006); the
/// model halves it again, an illustrative choice.
pub const GASTROCNEMIUS_FACTOR_AT_110: f32 = GASTROCNEMIUS_FACTOR_AT_90 / 2.0;
/// Shares are shown rounded to this many percent: the sources support no finer figure.
pub const SHOWN_PERCENT_STEP: u8 = 5;
/// Maximal plantarflexion force lost with the knee at 90°, percent (Gago 2017: 33.9%).
pub const BENT_KNEE_FORCE_LOSS_PERCENT: u8 = 34;
/// Medial gastrocnemius activity lost with the knee at 90°, percent (Gago 2017: 42.4%).
pub const BENT_KNEE_GASTROCNEMIUS_ACTIVITY_LOSS_PERCENT: u8 = 42;

/// How the work is shared at one knee angle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    /// The knee angle this share is for, after clamping to the model's range.
    pub knee_degrees: u8,
    /// Soleus share of the plantarflexion capacity, 0..=1.
    pub soleus: f32,
    /// Gastrocnemius (both heads) share of the plantarflexion capacity, 0..=1.
    pub gastrocnemius: f32,
    /// Gastrocnemius capacity relative to its own straight-knee capacity, 0..=1.
    pub gastrocnemius_capacity: f32,
    /// Total capacity relative to a straight knee, 0..=1.
    pub total_capacity: f32,
}

impl Share {
    /// Soleus share as a whole percentage; with [`Share::gastrocnemius_percent`] it sums to 100.
    pub fn soleus_percent(&self) -> u8 {
        // Rounding one side and deriving the other keeps the two on screen summing to 100.
        (self.soleus * 100.0 + 0.5) as u8
    }

    /// Gastrocnemius share as a whole percentage.
    pub fn gastrocnemius_percent(&self) -> u8 {
        100 - self.soleus_percent()
    }

    /// Which sentence describes this share.
    pub fn emphasis(&self) -> Emphasis {
        match self.soleus_percent() {
            p if p >= SOLEUS_DOMINATES_FROM_PERCENT => Emphasis::SoleusDominant,
            p if p >= SOLEUS_LEADS_FROM_PERCENT => Emphasis::SoleusLeads,
            _ => Emphasis::Shared,
        }
    }

    /// Gastrocnemius capacity relative to a straight knee, as a whole percentage.
    pub fn gastrocnemius_capacity_percent(&self) -> u8 {
        (self.gastrocnemius_capacity * 100.0 + 0.5) as u8
    }

    /// Total capacity relative to a straight knee, as a whole percentage.
    pub fn total_percent(&self) -> u8 {
        (self.total_capacity * 100.0 + 0.5) as u8
    }

    /// The soleus share as shown: lowest and highest percentage over the residual's
    /// plausible range, each rounded to [`SHOWN_PERCENT_STEP`]. Equal ends mean "about".
    pub fn soleus_band(&self) -> (u8, u8) {
        let degrees = f32::from(self.knee_degrees);
        let (least, most) = GASTROCNEMIUS_FACTOR_AT_90_BOUNDS;
        // More residual gastrocnemius force leaves the soleus a smaller share.
        let low = soleus_share_with(gastrocnemius_factor_between(degrees, most));
        let high = soleus_share_with(gastrocnemius_factor_between(degrees, least));
        (rounded_percent(low), rounded_percent(high))
    }

    /// The gastrocnemius share as shown, the complement of [`Share::soleus_band`].
    pub fn gastrocnemius_band(&self) -> (u8, u8) {
        let (low, high) = self.soleus_band();
        (100 - high, 100 - low)
    }
}

/// A share as a percentage rounded to the nearest [`SHOWN_PERCENT_STEP`].
fn rounded_percent(share: f32) -> u8 {
    let step = f32::from(SHOWN_PERCENT_STEP);
    ((share * 100.0 / step + 0.5) as u8).min(100 / SHOWN_PERCENT_STEP) * SHOWN_PERCENT_STEP
}

/// The soleus' straight-knee share of the plantarflexion capacity, from the areas.
fn soleus_straight_share() -> f32 {
    let area_total =
        SOLEUS_PCSA_CM2 + MEDIAL_GASTROCNEMIUS_PCSA_CM2 + LATERAL_GASTROCNEMIUS_PCSA_CM2;
    f32::from(SOLEUS_PCSA_CM2) / f32::from(area_total)
}

/// The soleus share when the gastrocnemius keeps `factor` of its straight-knee force.
fn soleus_share_with(factor: f32) -> f32 {
    let soleus = soleus_straight_share();
    soleus / (soleus + (1.0 - soleus) * factor)
}

/// The gastrocnemius' whole share of the straight-knee cross-section, percent rounded to the
/// shown step: what the bent-knee force loss is compared with.
pub fn gastrocnemius_area_percent() -> u8 {
    rounded_percent(1.0 - soleus_straight_share())
}

/// Clamps any knee angle to the range the model covers.
pub fn clamp_degrees(degrees: i32) -> u8 {
    degrees.clamp(MIN_KNEE_DEGREES as i32, MAX_KNEE_DEGREES as i32) as u8
}

/// The gastrocnemius' available force at `degrees` of knee flexion, relative to a straight knee.
///
/// Quadratic up to 90° (flat at first, as Hébert-Losier 2012 found little change at 45°), then
/// linear to the 110° anchor. Continuous and never rising as the knee bends.
pub fn gastrocnemius_factor(degrees: f32) -> f32 {
    gastrocnemius_factor_between(degrees, GASTROCNEMIUS_FACTOR_AT_90)
}

/// The same curve with the residual `at_90` at 90°, halving again by 110° as the model's does.
fn gastrocnemius_factor_between(degrees: f32, at_90: f32) -> f32 {
    let at_110 = at_90 * (GASTROCNEMIUS_FACTOR_AT_110 / GASTROCNEMIUS_FACTOR_AT_90);
    let degrees = degrees.clamp(MIN_KNEE_DEGREES as f32, MAX_KNEE_DEGREES as f32);
    if degrees <= BENT_KNEE_ANCHOR_DEGREES {
        let t = degrees / BENT_KNEE_ANCHOR_DEGREES;
        1.0 - (1.0 - at_90) * t * t
    } else {
        let t = (degrees - BENT_KNEE_ANCHOR_DEGREES)
            / (MAX_KNEE_DEGREES as f32 - BENT_KNEE_ANCHOR_DEGREES);
        at_90 + (at_110 - at_90) * t
    }
}

/// The share of plantarflexion capacity at `degrees` of knee flexion (clamped to 0–110°).
pub fn share(degrees: i32) -> Share {
    let knee_degrees = clamp_degrees(degrees);
    let soleus_straight = soleus_straight_share();
    let gastrocnemius_straight = 1.0 - soleus_straight;
    let gastrocnemius_capacity = gastrocnemius_factor(knee_degrees as f32);
    let gastrocnemius_now = gastrocnemius_straight * gastrocnemius_capacity;
    let total_capacity = soleus_straight + gastrocnemius_now;
    let soleus = soleus_straight / total_capacity;
    Share {
        knee_degrees,
        soleus,
        gastrocnemius: 1.0 - soleus,
        gastrocnemius_capacity,
        total_capacity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_knee_shares_work_by_cross_sectional_area() {
        let straight = share(0);
        assert_eq!(straight.soleus_percent(), 71);
        assert_eq!(straight.gastrocnemius_percent(), 29);
        assert_eq!(straight.total_percent(), 100);
    }

    #[test]
    fn bending_the_knee_to_90_degrees_shifts_work_to_the_soleus_but_not_all_of_it() {
        let bent = share(90);
        assert!((80..=90).contains(&bent.soleus_percent()), "{:?}", bent);
        assert!(bent.total_percent() < 90, "{:?}", bent);
        // The gastrocnemius keeps a real part: never shown as nothing.
        assert!(bent.gastrocnemius_band().0 >= 10);
    }

    #[test]
    fn the_sentence_moves_from_shared_to_soleus_as_the_knee_bends() {
        assert_eq!(share(0).emphasis(), Emphasis::Shared);
        assert_eq!(share(60).emphasis(), Emphasis::SoleusLeads);
        assert_eq!(share(90).emphasis(), Emphasis::SoleusDominant);
    }

    #[test]
    fn forty_five_degrees_changes_the_share_only_modestly() {
        let straight = share(0).soleus_percent();
        let half = share(45).soleus_percent();
        assert!(
            half > straight && half - straight <= 8,
            "{straight} → {half}"
        );
    }

    #[test]
    fn the_shown_share_is_about_a_value_where_sourced_and_a_range_where_not() {
        assert_eq!(share(0).soleus_band(), (70, 70));
        assert_eq!(share(45).soleus_band(), (75, 75));
        assert_eq!(share(90).soleus_band(), (80, 90));
        assert_eq!(share(90).gastrocnemius_band(), (10, 20));
        assert_eq!(share(110).soleus_band(), (90, 95));
        for degrees in 0..=110 {
            let now = share(degrees);
            let (low, high) = now.soleus_band();
            let nominal = now.soleus * 100.0;
            assert!(low % 5 == 0 && high % 5 == 0 && low <= high);
            assert!(f32::from(low) - 2.5 <= nominal && nominal <= f32::from(high) + 2.5);
        }
    }

    #[test]
    fn the_bent_knee_force_loss_exceeds_the_gastrocnemius_whole_area_share() {
        assert_eq!(gastrocnemius_area_percent(), 30);
        let area_share = share(0).gastrocnemius * 100.0;
        assert!(
            f32::from(BENT_KNEE_FORCE_LOSS_PERCENT) > area_share,
            "{area_share}"
        );
    }

    #[test]
    fn angles_outside_the_range_are_clamped() {
        assert_eq!(share(-40), share(0));
        assert_eq!(share(500), share(110));
        assert_eq!(share(i32::MIN).knee_degrees, 0);
        assert_eq!(share(i32::MAX).knee_degrees, 110);
    }

    #[test]
    fn every_angle_gives_shares_in_range_summing_to_one_and_monotone() {
        let mut previous = share(0);
        for degrees in 0..=110 {
            let now = share(degrees);
            assert!((0.0..=1.0).contains(&now.soleus));
            assert!((0.0..=1.0).contains(&now.gastrocnemius));
            assert!((now.soleus + now.gastrocnemius - 1.0).abs() < 1e-6);
            assert!(now.soleus >= previous.soleus);
            assert!(now.gastrocnemius_capacity <= previous.gastrocnemius_capacity);
            previous = now;
        }
    }
}
