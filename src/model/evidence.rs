//! The evidence registry: every source the widget relies on, each listed once.
//!
//! Claims and constants elsewhere refer to a [`SourceId`]; the evidence panel shows the
//! [`Source`] behind it. `checked` says what was verified and where, so a reader can tell a
//! measured number from a quoted one.

/// Identifies one source in [`SOURCES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceId {
    /// Muscle cross-sectional areas and volumes by MRI.
    Fukunaga1992,
    /// Plantarflexion force and activity with the knee straight and bent.
    Gago2017,
    /// Gastrocnemius activity across knee flexion up to 110°.
    Arampatzis2006,
    /// Heel raises at 0° and 45° of knee flexion.
    HebertLosier2012,
}

/// One published source.
#[derive(Debug)]
pub struct Source {
    /// How claims refer to it.
    pub id: SourceId,
    /// Authors as cited, e.g. "Fukunaga et al."
    pub authors: &'static str,
    /// Year of publication.
    pub year: u16,
    /// Title of the article or page.
    pub title: &'static str,
    /// Journal with volume and pages, or the publisher of a page.
    pub venue: &'static str,
    /// What was verified, and in which part of the source.
    pub checked: &'static str,
}

/// Every source, each once.
pub static SOURCES: &[Source] = &[
    Source {
        id: SourceId::Fukunaga1992,
        authors: "Fukunaga T, Roy RR, Shellock FG, Hodgson JA, Day MK, Lee PL, Kwong-Fu H, Edgerton VR",
        year: 1992,
        title: "Physiological cross-sectional area of human leg muscles based on magnetic resonance imaging",
        venue: "Journal of Orthopaedic Research 10:928–934",
        checked: "Abstract: 12 healthy subjects; mean PCSA soleus 230 cm², medial gastrocnemius 68 cm², lateral gastrocnemius 28 cm²; volumes 489, 245 and 140 cm³.",
    },
    Source {
        id: SourceId::Gago2017,
        authors: "Gago P, Arndt A, Ekblom MM",
        year: 2017,
        title: "Post activation potentiation of the plantarflexors: implications of knee angle variations",
        venue: "Journal of Human Kinetics 57:29–38",
        checked: "Abstract: in ten male power athletes, maximal isometric plantarflexion torque 33.9% and medial gastrocnemius activity 42.4% lower with the knee flexed than extended; soleus activity not significantly different.",
    },
    Source {
        id: SourceId::Arampatzis2006,
        authors: "Arampatzis A, Karamanidis K, Stafilidis S, Morey-Klapsing G, DeMonte G, Brüggemann GP",
        year: 2006,
        title: "Effect of different ankle- and knee-joint positions on gastrocnemius medialis fascicle length and EMG activity during isometric plantar flexion",
        venue: "Journal of Biomechanics 39:1891–1902",
        checked: "Abstract: 22 male long-distance runners; medial gastrocnemius EMG during maximal plantarflexion decreased at pronounced knee flexion (up to 110°).",
    },
    Source {
        id: SourceId::HebertLosier2012,
        authors: "Hébert-Losier K, Schneiders AG, García JA, Sullivan SJ, Simoneau GG",
        year: 2012,
        title: "Influence of knee flexion angle and age on triceps surae muscle activity during heel raises",
        venue: "Journal of Strength and Conditioning Research 26:3124–3133",
        checked: "Abstract: 48 adults; soleus activity 4% greater and gastrocnemius activity 5% lower in heel raises at 45° than at 0° knee flexion.",
    },
];

/// The source with this id. Every id has exactly one entry, which a test checks.
pub fn source(id: SourceId) -> &'static Source {
    // The registry is static data checked by `every_source_id_has_exactly_one_entry`, so the
    // fallback to the first entry is unreachable; it avoids a panic path in the wasm.
    SOURCES.iter().find(|s| s.id == id).unwrap_or(&SOURCES[0])
}

/// The short form shown in labels: the first author's surname and the year, "Gago 2017".
pub fn short_citation(id: SourceId) -> String {
    let source = source(id);
    let first_author = source
        .authors
        .split([' ', ','])
        .next()
        .unwrap_or(source.authors);
    let mut out = String::with_capacity(first_author.len() + 5);
    out.push_str(first_author);
    out.push(' ');
    out.push_str(&source.year.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_IDS: [SourceId; 4] = [
        SourceId::Fukunaga1992,
        SourceId::Gago2017,
        SourceId::Arampatzis2006,
        SourceId::HebertLosier2012,
    ];

    #[test]
    fn every_source_id_has_exactly_one_entry() {
        for id in ALL_IDS {
            assert_eq!(SOURCES.iter().filter(|s| s.id == id).count(), 1, "{id:?}");
        }
        assert_eq!(SOURCES.len(), ALL_IDS.len());
    }

    #[test]
    fn short_citations_name_the_first_author_and_year() {
        assert_eq!(short_citation(SourceId::Gago2017), "Gago 2017");
        assert_eq!(
            short_citation(SourceId::HebertLosier2012),
            "Hébert-Losier 2012"
        );
    }
}
