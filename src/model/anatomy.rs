//! The calf's structures and the facts the widget teaches about each muscle.
//!
//! Words live in `content`; this module holds what is true regardless of language: which
//! bones each muscle attaches to, which joints it crosses, its size and fibre make-up, and
//! which [`Claim`] (and so which sources) stands behind each kind of fact.
//!
//! Sources: Gray's Anatomy (1918) and Orthobullets for attachments, joints and nerve;
//! Fukunaga et al. 1992 for cross-sectional areas and volumes; Edgerton, Smith & Simpson
//! 1975 for slow-twitch fibre proportions. Nerve-root levels differ between sources, so they
//! are not stated.

use super::evidence::Claim;

/// The structures drawn and described by the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Structure {
    /// The deep, one-joint calf muscle.
    Soleus,
    /// The inner head of the gastrocnemius.
    MedialGastrocnemius,
    /// The outer head of the gastrocnemius.
    LateralGastrocnemius,
    /// The tendon both muscles share.
    AchillesTendon,
    /// The thigh bone, where the gastrocnemius heads start.
    Femur,
    /// The shin bone, where part of the soleus starts.
    Tibia,
    /// The thin outer lower-leg bone, where part of the soleus starts.
    Fibula,
    /// The heel bone, where the Achilles tendon inserts.
    Calcaneus,
}

/// The two calf muscles the widget contrasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Muscle {
    /// Deep, crosses the ankle only.
    Soleus,
    /// Superficial, two heads, crosses knee and ankle.
    Gastrocnemius,
}

impl Muscle {
    /// Both muscles, soleus first.
    pub const ALL: [Muscle; 2] = [Muscle::Soleus, Muscle::Gastrocnemius];
}

/// A joint a muscle crosses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joint {
    /// The knee.
    Knee,
    /// The ankle.
    Ankle,
}

/// The kinds of fact the info card shows for a muscle, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// Deep or superficial, and shape.
    Position,
    /// Where it starts.
    Origin,
    /// Where it ends.
    Insertion,
    /// Which joints it crosses.
    JointsCrossed,
    /// Its nerve supply.
    Nerve,
    /// Its slow-twitch fibre share.
    FibreType,
    /// Its size relative to the other.
    RelativeSize,
    /// Its role in walking and running.
    Role,
    /// What loads it most.
    Loads,
    /// How it is typically injured.
    Injury,
}

impl Fact {
    /// Every fact, in display order; content lists its words in the same order.
    pub const ALL: [Fact; 10] = [
        Fact::Position,
        Fact::Origin,
        Fact::Insertion,
        Fact::JointsCrossed,
        Fact::Nerve,
        Fact::FibreType,
        Fact::RelativeSize,
        Fact::Role,
        Fact::Loads,
        Fact::Injury,
    ];

    /// The claims (and so the sources) behind this kind of fact.
    pub fn claims(self) -> &'static [Claim] {
        match self {
            Fact::Position | Fact::Origin | Fact::Insertion | Fact::JointsCrossed | Fact::Nerve => {
                &[Claim::Anatomy]
            }
            Fact::FibreType => &[Claim::FibreType],
            Fact::RelativeSize => &[Claim::MuscleSize],
            Fact::Role => &[Claim::RunningSupport],
            Fact::Loads => &[Claim::RunnersSoleus, Claim::KneeModel],
            Fact::Injury => &[
                Claim::CalfStrainRisk,
                Claim::AchillesWeakness,
                Claim::LoadSpike,
            ],
        }
    }
}

/// Physiological cross-sectional area of the soleus, cm² (Fukunaga et al. 1992).
pub const SOLEUS_PCSA_CM2: u16 = 230;
/// Physiological cross-sectional area of the medial gastrocnemius, cm² (Fukunaga et al. 1992).
pub const MEDIAL_GASTROCNEMIUS_PCSA_CM2: u16 = 68;
/// Physiological cross-sectional area of the lateral gastrocnemius, cm² (Fukunaga et al. 1992).
pub const LATERAL_GASTROCNEMIUS_PCSA_CM2: u16 = 28;
/// Volume of the soleus, cm³ (Fukunaga et al. 1992).
pub const SOLEUS_VOLUME_CM3: u16 = 489;
/// Volume of both gastrocnemius heads (245 + 140), cm³ (Fukunaga et al. 1992).
pub const GASTROCNEMIUS_VOLUME_CM3: u16 = 245 + 140;
/// Slow-twitch share of the soleus, % (Edgerton et al. 1975, 32 autopsies).
pub const SOLEUS_SLOW_TWITCH_PERCENT: u8 = 70;
/// Slow-twitch share of the gastrocnemius, % (Edgerton et al. 1975).
pub const GASTROCNEMIUS_SLOW_TWITCH_PERCENT: u8 = 50;

/// What is true of one muscle, independent of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Which muscle.
    pub muscle: Muscle,
    /// The structures that make it up (the gastrocnemius has two heads).
    pub parts: &'static [Structure],
    /// Bones it starts from.
    pub origin: &'static [Structure],
    /// What it inserts into, through the Achilles tendon.
    pub insertion: Structure,
    /// Joints it crosses.
    pub joints: &'static [Joint],
    /// Deep (true) or superficial.
    pub deep: bool,
    /// Physiological cross-sectional area, cm², all heads together.
    pub pcsa_cm2: u16,
    /// Volume, cm³, all heads together.
    pub volume_cm3: u16,
    /// Share of slow-twitch (type I) fibres, %.
    pub slow_twitch_percent: u8,
}

impl Profile {
    /// Whether bending the knee changes what this muscle can do.
    pub fn crosses_knee(&self) -> bool {
        self.joints.contains(&Joint::Knee)
    }
}

/// The facts of `muscle`.
pub fn profile(muscle: Muscle) -> Profile {
    match muscle {
        Muscle::Soleus => Profile {
            muscle,
            parts: &[Structure::Soleus],
            origin: &[Structure::Tibia, Structure::Fibula],
            insertion: Structure::Calcaneus,
            joints: &[Joint::Ankle],
            deep: true,
            pcsa_cm2: SOLEUS_PCSA_CM2,
            volume_cm3: SOLEUS_VOLUME_CM3,
            slow_twitch_percent: SOLEUS_SLOW_TWITCH_PERCENT,
        },
        Muscle::Gastrocnemius => Profile {
            muscle,
            parts: &[
                Structure::MedialGastrocnemius,
                Structure::LateralGastrocnemius,
            ],
            origin: &[Structure::Femur],
            insertion: Structure::Calcaneus,
            joints: &[Joint::Knee, Joint::Ankle],
            deep: false,
            pcsa_cm2: MEDIAL_GASTROCNEMIUS_PCSA_CM2 + LATERAL_GASTROCNEMIUS_PCSA_CM2,
            volume_cm3: GASTROCNEMIUS_VOLUME_CM3,
            slow_twitch_percent: GASTROCNEMIUS_SLOW_TWITCH_PERCENT,
        },
    }
}

/// The claims behind everything the info card shows for a muscle: the evidence panel's list.
pub fn claims() -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    for claim in Fact::ALL.iter().flat_map(|fact| fact.claims()) {
        if !claims.contains(claim) {
            claims.push(*claim);
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_gastrocnemius_crosses_the_knee() {
        assert!(!profile(Muscle::Soleus).crosses_knee());
        assert!(profile(Muscle::Gastrocnemius).crosses_knee());
    }

    #[test]
    fn the_soleus_is_deeper_larger_and_more_slow_twitch() {
        let soleus = profile(Muscle::Soleus);
        let gastrocnemius = profile(Muscle::Gastrocnemius);
        assert!(soleus.deep && !gastrocnemius.deep);
        assert!(soleus.pcsa_cm2 > gastrocnemius.pcsa_cm2);
        assert!(soleus.slow_twitch_percent > gastrocnemius.slow_twitch_percent);
        assert_eq!(gastrocnemius.parts.len(), 2, "two heads");
    }

    #[test]
    fn both_muscles_insert_on_the_heel_bone() {
        for muscle in Muscle::ALL {
            assert_eq!(profile(muscle).insertion, Structure::Calcaneus);
        }
    }

    #[test]
    fn every_fact_is_backed_by_a_sourced_claim() {
        for fact in Fact::ALL {
            assert!(fact.claims().iter().all(|c| !c.sources().is_empty()));
        }
        assert!(claims().contains(&Claim::FibreType));
    }
}
