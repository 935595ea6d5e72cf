//! The evidence registry: every source the widget relies on, each listed once, and every
//! claim the widget can make, each pointing at its sources.
//!
//! Constants, anatomy facts, quiz feedback, circuit dosing and triage advice refer to a
//! [`Claim`]; the evidence panel shows the [`Source`]s behind it. `checked` says what was
//! verified and where, so a reader can tell a measured number from a quoted one. Tests fail
//! when a claim has no source, a source has no entry, or a source is not used by any claim.

/// Identifies one source in [`SOURCES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceId {
    /// Gray's Anatomy (1918): origins, insertions and nerve supply of the calf muscles.
    Gray1918,
    /// Orthobullets: gastrocnemius anatomy.
    OrthobulletsGastrocnemius,
    /// Muscle cross-sectional areas and volumes by MRI.
    Fukunaga1992,
    /// Slow-twitch fibre proportions of soleus and gastrocnemius (autopsy).
    Edgerton1975,
    /// Distance runners have relatively more soleus than sprinters.
    Fukutani2020,
    /// Plantarflexion force and activity with the knee straight and bent.
    Gago2017,
    /// Gastrocnemius activity across knee flexion up to 110°.
    Arampatzis2006,
    /// Heel raises at 0° and 45° of knee flexion.
    HebertLosier2012,
    /// Muscle contributions to running support across speeds (modelling).
    Dorn2012,
    /// Foot strike pattern and calf activation.
    Ahn2014,
    /// Heel-raise test norms (566 adults).
    HebertLosier2017,
    /// Plantar flexor strength in runners with Achilles pain.
    ONeill2019,
    /// Risk factors for calf strain.
    GreenPizzari2017,
    /// Heel raises to fatigue at 0° and 45° of knee flexion.
    HebertLosier2012b,
    /// NHS guidance on deep vein thrombosis: signs, risk factors and where to go.
    NhsDvt,
    /// NHS trust physiotherapy advice on a suspected Achilles tear.
    LincsPhysioAchilles,
    /// NHS guidance on acute and chronic compartment syndrome.
    NhsCompartmentSyndrome,
    /// Patient information on acute limb ischaemia (a sudden cold, pale, painful leg).
    AcuteLimbIschaemia,
    /// NHS guidance on cellulitis.
    NhsCellulitis,
    /// UK Sepsis Trust safety-net advice for adults.
    SepsisSafetyNet,
    /// NHS guidance on sciatica, and when back and leg symptoms are an emergency.
    NhsSciatica,
    /// NHS trust information on cauda equina syndrome.
    RoyalFreeCaudaEquina,
    /// Physiotherapy clinic information on tibial stress fractures in runners.
    StressFractureClinic,
    /// Physiotherapy teaching on red flags for serious disease: night pain, weight loss, cancer.
    PhysioRedFlags,
    /// Physiotherapy clinics on assessing a calf strain before loading it.
    CalfStrainClinic,
    /// Physiotherapy clinic exercise pages: bent-knee calf raise progressions and dosing.
    ClinicExercisePages,
    /// Common clinical practice for calf strengthening, as described by physiotherapy clinics.
    ClinicalPractice,
    /// Muscle contributions to support and propulsion across running speeds (modelling).
    HamnerDelp2013,
    /// Calf muscle-tendon behaviour with a heel and a forefoot strike (modelling).
    Yong2020,
    /// Knee angle and loads in forward and backward running.
    Roos2012,
}

/// What kind of source it is, so the widget can say how strong a claim is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// A peer-reviewed study.
    Study,
    /// A standard anatomy reference.
    Reference,
    /// Public health guidance.
    Guidance,
    /// Clinical consensus, not a study finding.
    Practice,
}

/// One source.
#[derive(Debug)]
pub struct Source {
    /// How claims refer to it.
    pub id: SourceId,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// Authors or publisher as cited.
    pub authors: &'static str,
    /// Year of publication (0 for a living page).
    pub year: u16,
    /// Title of the article or page.
    pub title: &'static str,
    /// Journal with volume and pages, or the publisher of a page.
    pub venue: &'static str,
    /// What was verified, and in which part of the source.
    pub checked: &'static str,
}

/// How a source is cited beside a fact: its label and its address.
#[derive(Debug)]
pub struct Citation {
    /// The source cited.
    pub id: SourceId,
    /// Short label used in text, e.g. "Gago 2017".
    pub short: &'static str,
    /// Where a reader can find it (only addresses that were checked), or empty.
    pub url: &'static str,
}

/// Makes tables of one written list of sources: `$sources`, what the evidence lists show of
/// each (authors, title, journal, what was checked), in the list's order, and the label and
/// address of each. With a `cited_on` field on each source, the labels make two tables:
/// `$citations` for the sources the first screen cites (`first_screen`) and `$later` for those
/// only the quiz's screens cite (`quiz`); without it, one table, `$citations`.
///
/// Why apart: the first screen cites sources beside its facts, so that code is in every page's
/// first download; only the evidence lists and the quiz's screens show the rest, and in the
/// embed they are drawn by the quiz's own module. Static data reached only from that module's
/// code goes into that module, so the long fields (most of the registry's bytes) and the
/// labels of the sources only the quiz cites are downloaded only by a reader who opens a list
/// or starts the quiz. The first screen's code must therefore reach sources through
/// [`citation`] and [`short_citation`] only, which read `CITATIONS`; a test checks that it
/// holds every source the first screen cites.
macro_rules! registry {
    (
        $(#[$sources_doc:meta])* $sources:ident,
        $(#[$citations_doc:meta])* $citations:ident
        $(, $(#[$later_doc:meta])* $later:ident)?;
        $(Source {
            id: $id:expr,
            kind: $kind:expr,
            authors: $authors:expr,
            short: $short:expr,
            year: $year:expr,
            title: $title:expr,
            venue: $venue:expr,
            checked: $checked:expr,
            url: $url:expr
            $(, cited_on: $on:ident)? $(,)?
        }),* $(,)?
    ) => {
        $(#[$sources_doc])*
        pub static $sources: &[Source] = &[$(Source {
            id: $id,
            kind: $kind,
            authors: $authors,
            year: $year,
            title: $title,
            venue: $venue,
            checked: $checked,
        }),*];
        registry!(@split [$(#[$citations_doc])* $citations] [$($(#[$later_doc])* $later)?] [] [];
            $([$($on)?] ($id, $short, $url))*);
    };
    // Sorts the labels into the tables, one source at a time, keeping their order: `quiz`
    // into the second, `first_screen` (or no tag, with one table) into the first.
    (@split $first:tt $later:tt [$($f:tt)*] [$($l:tt)*];
        [quiz] ($id:expr, $short:expr, $url:expr) $($more:tt)*) => {
        registry!(@split $first $later
            [$($f)*] [$($l)* Citation { id: $id, short: $short, url: $url },]; $($more)*);
    };
    (@split $first:tt $later:tt [$($f:tt)*] [$($l:tt)*];
        [$($on:ident)?] ($id:expr, $short:expr, $url:expr) $($more:tt)*) => {
        registry!(@split $first $later
            [$($f)* Citation { id: $id, short: $short, url: $url },] [$($l)*]; $($more)*);
    };
    (@split [$(#[$first_doc:meta])* $first:ident] [] [$($f:tt)*] [];) => {
        $(#[$first_doc])*
        pub static $first: &[Citation] = &[$($f)*];
    };
    (@split [$(#[$first_doc:meta])* $first:ident] [$(#[$later_doc:meta])* $later:ident]
        [$($f:tt)*] [$($l:tt)*];) => {
        $(#[$first_doc])*
        pub static $first: &[Citation] = &[$($f)*];
        $(#[$later_doc])*
        pub static $later: &[Citation] = &[$($l)*];
    };
}

registry! {
    /// Every source, each once.
    SOURCES,
    /// The short citations of the sources the first screen cites, in [`SOURCES`] order.
    CITATIONS,
    /// The short citations of the sources only the quiz's screens cite, in [`SOURCES`] order.
    QUIZ_CITATIONS;
    Source {
        id: SourceId::Gray1918,
        kind: SourceKind::Reference,
        authors: "Gray H",
        short: "Gray's Anatomy 1918",
        year: 1918,
        title: "Anatomy of the Human Body: The Muscles and Fasciae of the Leg",
        venue: "Lea & Febiger, 20th edition",
        checked: "Origins and insertions of gastrocnemius and soleus, the tendo calcaneus, and their tibial nerve supply.",
        url: "",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::OrthobulletsGastrocnemius,
        kind: SourceKind::Reference,
        authors: "Orthobullets",
        short: "Orthobullets",
        year: 0,
        title: "Gastrocnemius",
        venue: "orthobullets.com",
        checked: "Two heads from the femoral condyles, crosses knee and ankle, tibial nerve, insertion on the calcaneus through the Achilles tendon.",
        url: "",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Fukunaga1992,
        kind: SourceKind::Study,
        authors: "Fukunaga T, Roy RR, Shellock FG, Hodgson JA, Day MK, Lee PL, Kwong-Fu H, Edgerton VR",
        short: "Fukunaga 1992",
        year: 1992,
        title: "Physiological cross-sectional area of human leg muscles based on magnetic resonance imaging",
        venue: "Journal of Orthopaedic Research 10:928–934",
        checked: "Abstract: 12 healthy subjects; mean PCSA soleus 230 cm², medial gastrocnemius 68 cm², lateral gastrocnemius 28 cm²; volumes 489, 245 and 140 cm³.",
        url: "",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Edgerton1975,
        kind: SourceKind::Study,
        authors: "Edgerton VR, Smith JL, Simpson DR",
        short: "Edgerton 1975",
        year: 1975,
        title: "Muscle fibre type populations of human leg muscles",
        venue: "Histochemical Journal 7:259–266",
        checked: "Abstract: 32 autopsies; soleus about 70% slow-twitch fibres, gastrocnemius about 50%.",
        url: "https://doi.org/10.1007/BF01003594",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Fukutani2020,
        kind: SourceKind::Study,
        authors: "Fukutani A, Tsuruhara Y, Miyake Y, Takao K, Ueno H, Otsuka M, Suga T, Terada M, Nagano A, Isaka T",
        short: "Fukutani 2020",
        year: 2020,
        title: "Comparison of the relative muscle volume of triceps surae among sprinters, runners, and untrained participants",
        venue: "Physiological Reports 8:e14588",
        checked: "Abstract: MRI of 126 participants; relative soleus volume smaller and medial gastrocnemius larger in sprinters than in long-distance runners.",
        url: "https://doi.org/10.14814/phy2.14588",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Gago2017,
        kind: SourceKind::Study,
        authors: "Gago P, Arndt A, Ekblom MM",
        short: "Gago 2017",
        year: 2017,
        title: "Post activation potentiation of the plantarflexors: implications of knee angle variations",
        venue: "Journal of Human Kinetics 57:29–38",
        checked: "Abstract: ten male power athletes; maximal isometric plantarflexion torque 33.9% and medial gastrocnemius activity 42.4% lower with the knee flexed than extended; soleus activity not significantly different.",
        url: "https://doi.org/10.1515/hukin-2017-0044",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Arampatzis2006,
        kind: SourceKind::Study,
        authors: "Arampatzis A, Karamanidis K, Stafilidis S, Morey-Klapsing G, DeMonte G, Brüggemann GP",
        short: "Arampatzis 2006",
        year: 2006,
        title: "Effect of different ankle- and knee-joint positions on gastrocnemius medialis fascicle length and EMG activity during isometric plantar flexion",
        venue: "Journal of Biomechanics 39:1891–1902",
        checked: "Abstract: 22 male long-distance runners; medial gastrocnemius EMG during maximal plantarflexion decreased at pronounced knee flexion (up to 110°), while its fascicle length did not differ; the authors attribute the fall to the force–length potential of the whole triceps surae, not to a slack gastrocnemius alone.",
        url: "https://pubmed.ncbi.nlm.nih.gov/15993886/",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::HebertLosier2012,
        kind: SourceKind::Study,
        authors: "Hébert-Losier K, Schneiders AG, García JA, Sullivan SJ, Simoneau GG",
        short: "Hébert-Losier 2012",
        year: 2012,
        title: "Influence of knee flexion angle and age on triceps surae muscle activity during heel raises",
        venue: "Journal of Strength and Conditioning Research 26:3124–3133",
        checked: "Abstract: 48 adults; soleus activity 4% greater and gastrocnemius activity 5% lower in heel raises at 45° than at 0° knee flexion.",
        url: "https://doi.org/10.1519/JSC.0b013e31824435cf",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Dorn2012,
        kind: SourceKind::Study,
        authors: "Dorn TW, Schache AG, Pandy MG",
        short: "Dorn 2012",
        year: 2012,
        title: "Muscular strategy shift in human running: dependence of running speed on hip and ankle muscle performance",
        venue: "Journal of Experimental Biology 215:1944–1956",
        checked: "Abstract: up to 7 m/s soleus and gastrocnemius contribute most to vertical support. The muscle-force multiples of body weight often quoted from this paper (soleus about 6–8×, gastrocnemius about 3–4×) were not verified against its figures, so they are shown only as a reported range.",
        url: "https://doi.org/10.1242/jeb.064527",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::Ahn2014,
        kind: SourceKind::Study,
        authors: "Ahn AN, Brayton C, Bhatia T, Martin P",
        short: "Ahn 2014",
        year: 2014,
        title: "Muscle activity and kinematics of forefoot and rearfoot strike runners",
        venue: "Journal of Sport and Health Science 3:102–112",
        checked: "Paper not re-read; from a secondary summary: forefoot strikers activate the calf earlier and for longer than heel strikers. Used only to say foot strike changes calf load.",
        url: "",
        cited_on: quiz,
    },
    Source {
        id: SourceId::HebertLosier2017,
        kind: SourceKind::Study,
        authors: "Hébert-Losier K, Wessman C, Alricsson M, Svantesson U",
        short: "Hébert-Losier 2017",
        year: 2017,
        title: "Updated reliability and normative values for the standing heel-rise test in healthy adults",
        venue: "Physiotherapy 103:446–452",
        checked: "Abstract: 566 adults aged 20–81, single-leg heel rises to fatigue on a 10° incline; median 24 repetitions in men and 21 in women.",
        url: "https://doi.org/10.1016/j.physio.2017.03.002",
        cited_on: quiz,
    },
    Source {
        id: SourceId::ONeill2019,
        kind: SourceKind::Study,
        authors: "O'Neill S, Barry S, Watson P",
        short: "O'Neill 2019",
        year: 2019,
        title: "Plantarflexor strength and endurance deficits associated with mid-portion Achilles tendinopathy: the role of soleus",
        venue: "Physical Therapy in Sport 37:69–76",
        checked: "Abstract: 39 runners with mid-portion Achilles tendinopathy were weaker than 38 healthy runners with the knee extended and flexed, and had less endurance.",
        url: "https://doi.org/10.1016/j.ptsp.2019.03.002",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::GreenPizzari2017,
        kind: SourceKind::Study,
        authors: "Green B, Pizzari T",
        short: "Green 2017",
        year: 2017,
        title: "Calf muscle strain injuries in sport: a systematic review of risk factors for injury",
        venue: "British Journal of Sports Medicine 51:1189–1194",
        checked: "Paper not re-read; from a secondary summary: the strongest evidence for calf strain risk is older age and a previous calf strain.",
        url: "",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::HebertLosier2012b,
        kind: SourceKind::Study,
        authors: "Hébert-Losier K, Schneiders AG, Newsham-West RJ, Sullivan SJ",
        short: "Hébert-Losier 2012b",
        year: 2012,
        title: "Influence of knee flexion angle on triceps surae fatigue during heel raises",
        venue: "Journal of Strength and Conditioning Research 26:3124–3133 (companion study)",
        checked: "Abstract as listed by the authors' institution: knee angle (0° against 45°) did not influence triceps surae fatigue in heel raises to fatigue. Read with Hébert-Losier 2012: bent-knee raises bias the work toward the soleus; they do not isolate it.",
        url: "https://fcd.mcw.edu/?search/showPublication/id/403760",
        cited_on: first_screen,
    },
    Source {
        id: SourceId::NhsDvt,
        kind: SourceKind::Guidance,
        authors: "NHS",
        short: "NHS: DVT",
        year: 0,
        title: "Deep vein thrombosis (DVT)",
        venue: "nhs.uk",
        checked: "Signs in one leg: throbbing or cramping pain, swelling, warm skin, red or darkened skin, swollen veins: ask for an urgent GP appointment or get help from NHS 111. Breathlessness, chest pain when breathing in or coughing blood: call 999. More likely after a previous DVT, with the contraceptive pill or HRT, cancer, a long journey of more than 3 hours, pregnancy or a baby in the last 6 weeks, a hospital stay or operation, or being confined to bed (risk list as reproduced from the NHS page at trustedhealth.info).",
        url: "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
        cited_on: quiz,
    },
    Source {
        id: SourceId::LincsPhysioAchilles,
        kind: SourceKind::Guidance,
        authors: "Lincolnshire Community Health Services NHS Trust, physiotherapy",
        short: "NHS physiotherapy: Achilles",
        year: 0,
        title: "Achilles tendon pain: self-care",
        venue: "lincsphysio.nhs.uk",
        checked: "If you may have torn the tendon, get it assessed as soon as possible: if in doubt, go to your local urgent care centre or emergency department.",
        url: "https://www.lincsphysio.nhs.uk/self-care/specific-conditions/achilles-tendon-pain",
        cited_on: quiz,
    },
    Source {
        id: SourceId::NhsCompartmentSyndrome,
        kind: SourceKind::Guidance,
        authors: "NHS",
        short: "NHS: compartment syndrome",
        year: 0,
        title: "Compartment syndrome",
        venue: "nhs.uk, as reproduced at notinline.org",
        checked: "Acute (sudden, after an injury or a tight cast): call 999 or go to A&E for sudden, severe pain. Chronic (comes on with exercise, goes with rest): see a GP if you keep getting pain, numbness, swelling or difficulty moving when you exercise.",
        url: "https://notinline.org/health-conditions/compartment-syndrome",
        cited_on: quiz,
    },
    Source {
        id: SourceId::AcuteLimbIschaemia,
        kind: SourceKind::Guidance,
        authors: "HealthInfo Canterbury clinical advisers",
        short: "HealthInfo: acute limb ischaemia",
        year: 2022,
        title: "Acute limb ischaemia",
        venue: "healthinfo.org.nz",
        checked: "A medical emergency: go to the emergency department. Signs: pain at rest, a pale or mottled limb, no pulse, a cold limb, pins and needles, not able to move it.",
        url: "https://www.healthinfo.org.nz/acute-limb-ischaemia.htm",
        cited_on: quiz,
    },
    Source {
        id: SourceId::NhsCellulitis,
        kind: SourceKind::Guidance,
        authors: "NHS",
        short: "NHS: cellulitis",
        year: 0,
        title: "Cellulitis",
        venue: "nhs.uk",
        checked: "Skin that is painful, hot and swollen needs advice from a GP or NHS 111 promptly; an urgent GP appointment or A&E if the symptoms are rapidly getting worse.",
        url: "https://beta.nhs.uk/conditions/cellulitis/",
        cited_on: quiz,
    },
    Source {
        id: SourceId::SepsisSafetyNet,
        kind: SourceKind::Guidance,
        authors: "The UK Sepsis Trust, with patient.info",
        short: "UK Sepsis Trust",
        year: 0,
        title: "Adult sepsis safety net",
        venue: "patient.info",
        checked: "Slurred speech or confusion, extreme shivering or muscle pain, no urine in a day, severe breathlessness, feeling you might die, or mottled skin: seek help; call 999 if very concerned.",
        url: "https://patient.info/infections/sepsis-septicaemia-leaflet/adult-sepsis-safety-net",
        cited_on: quiz,
    },
    Source {
        id: SourceId::NhsSciatica,
        kind: SourceKind::Guidance,
        authors: "NHS",
        short: "NHS: sciatica",
        year: 0,
        title: "Sciatica",
        venue: "nhs.uk, as reproduced by a GP practice",
        checked: "Pain, tingling, numbness or weakness in the bottom, leg or foot, often with back pain: see a GP if it is not improving, getting worse or stopping normal activities. Go to A&E or call 999 with numbness around the genitals or bottom, or trouble controlling the bladder or bowels.",
        url: "https://www.windsorhousegrouppractice.co.uk/conditions/sciatica/",
        cited_on: quiz,
    },
    Source {
        id: SourceId::RoyalFreeCaudaEquina,
        kind: SourceKind::Guidance,
        authors: "Royal Free London NHS Foundation Trust",
        short: "NHS: cauda equina",
        year: 0,
        title: "Cauda equina syndrome: patient information",
        venue: "royalfree.nhs.uk",
        checked: "Back or leg pain with numbness around the bottom or genitals, or changes in bladder or bowel control: go to the emergency department immediately.",
        url: "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome",
        cited_on: quiz,
    },
    Source {
        id: SourceId::StressFractureClinic,
        kind: SourceKind::Practice,
        authors: "Alterra Physical Therapy",
        short: "clinic page: stress fracture",
        year: 0,
        title: "Tibial stress fracture: symptoms, causes and treatment",
        venue: "alterrapt.com (a physiotherapy clinic; not peer reviewed)",
        checked: "Pain on the inner shin that is tender to touch at one spot (under 5 cm), does not warm up, hurts during and after running and eases off the feet. Pain on hopping is a common clinical check (secondary summaries).",
        url: "https://alterrapt.com/post/tibial-stress-fracture-symptoms-causes-and-treatment",
        cited_on: quiz,
    },
    Source {
        id: SourceId::PhysioRedFlags,
        kind: SourceKind::Practice,
        authors: "The Physiotherapy Site",
        short: "physiotherapy red flags",
        year: 0,
        title: "Assessing red flags",
        venue: "thephysiotherapysite.co.uk (physiotherapy teaching; not peer reviewed)",
        checked: "Unexplained weight loss, a history of cancer and pain at night are red flags that need referral to a doctor rather than physiotherapy alone.",
        url: "http://www.thephysiotherapysite.co.uk/physiotherapy/physiotherapists/articles/40/assessing-red-flags",
        cited_on: quiz,
    },
    Source {
        id: SourceId::CalfStrainClinic,
        kind: SourceKind::Practice,
        authors: "Central City Physiotherapy; Optimal Health Lab",
        short: "clinic pages: calf strain",
        year: 0,
        title: "Calf strains; From calf strain to no pain",
        venue: "ccphysio.co.nz, optimalhealthlab.com.au (physiotherapy clinics; not peer reviewed)",
        checked: "If it is sore to walk or hop, a return to sport is out of the question; healing takes at least 6 weeks; a physiotherapist grades the strain and sets the rehabilitation, because calf strains recur when managed wrongly.",
        url: "https://www.optimalhealthlab.com.au/blogs/optimal-tips/from-calf-strain-to-no-pain",
        cited_on: quiz,
    },
    Source {
        id: SourceId::ClinicExercisePages,
        kind: SourceKind::Practice,
        authors: "Peak Physio; CSPC; calfraises.com",
        short: "clinic exercise pages",
        year: 0,
        title: "Bent-knee soleus heel raise; calf strength; seated soleus raise for runners",
        venue: "peak-physio.com.au, cspc.co.uk, calfraises.com (not peer reviewed)",
        checked: "Bent-knee progression from seated to standing to single-leg raises; build up to 3 × 25; load the seated raise as it gets easy; avoid lowering the heel below a step early in heel-bone (insertional) Achilles pain.",
        url: "https://www.cspc.co.uk/calf-strength/",
        cited_on: quiz,
    },
    Source {
        id: SourceId::ClinicalPractice,
        kind: SourceKind::Practice,
        authors: "Physiotherapy clinics",
        short: "clinical practice",
        year: 0,
        title: "Common dosing and targets for calf strengthening in runners",
        venue: "Clinical consensus, not a study finding",
        checked: "Typical dosing: 3 sets of 12–25 slow repetitions or 30–45 s holds, 2–3 times a week; loaded sets of 8–15 leaving 2–3 repetitions in reserve with 60–90 s rest; add about 2–5 kg at a time, at most once a week; discomfort at most 3/10 that settles by the next day; targets of 25–30+ single-leg heel raises; a difference of more than 10% between legs is worth assessing. Clinical consensus as quoted by clinics, not a study finding.",
        url: "",
        cited_on: first_screen,
    },
}

registry! {
    /// Sources only the stride cites, apart from [`SOURCES`] so that only the stride's code
    /// (in the quiz's module) reaches them: the widget's first download does not carry them.
    /// The stride lists its sources itself ([`crate::model::stride::SOURCES`]); look them up
    /// with [`any_source`] and [`any_citation`].
    STRIDE_SOURCES,
    /// Each of [`STRIDE_SOURCES`]' short citations, in its order.
    STRIDE_CITATIONS;
    Source {
        id: SourceId::HamnerDelp2013,
        kind: SourceKind::Study,
        authors: "Hamner SR, Delp SL",
        short: "Hamner & Delp 2013",
        year: 2013,
        title: "Muscle contributions to fore-aft and vertical body mass center accelerations over a range of running speeds",
        venue: "Journal of Biomechanics 46:780–787",
        checked: "Not re-read; from a secondary summary: in simulations of running from 2 to 5 m/s the soleus gave more upward acceleration (support) than any other muscle at every speed.",
        url: "https://doi.org/10.1016/j.jbiomech.2012.11.024",
    },
    Source {
        id: SourceId::Yong2020,
        kind: SourceKind::Study,
        authors: "Yong JR, Dembia CL, Silder A, Jackson RW, Fredericks M, Delp SL",
        short: "Yong 2020",
        year: 2020,
        title: "Foot strike pattern during running alters muscle-tendon dynamics of the gastrocnemius and the soleus",
        venue: "Scientific Reports 10",
        checked: "Introduction (citing earlier studies): the plantar flexors absorb energy in early stance and give it back in late stance; forefoot striking raises the Achilles tendon's peak force and stress. Its own results were not re-read.",
        url: "https://doi.org/10.1038/s41598-020-62464-3",
    },
    Source {
        id: SourceId::Roos2012,
        kind: SourceKind::Study,
        authors: "Roos PE, Barton N, van Deursen RWM",
        short: "Roos 2012",
        year: 2012,
        title: "Patellofemoral joint compression forces in backward and forward running",
        venue: "Journal of Biomechanics 45:1656–1660",
        checked: "Abstract: 20 healthy runners; in forward running the knee was bent 44 ± 6° at the peak knee moment, in mid-stance.",
        url: "https://doi.org/10.1016/j.jbiomech.2012.03.020",
    },
}

/// A statement the widget can make, tied to the sources that support it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Claim {
    /// Origins, insertions, joints crossed, nerve and position of the calf muscles.
    Anatomy,
    /// Cross-sectional areas and volumes.
    MuscleSize,
    /// Slow-twitch fibre proportions.
    FibreType,
    /// Distance runners rely relatively more on the soleus.
    RunnersSoleus,
    /// The knee-angle model of how the work is shared.
    KneeModel,
    /// Soleus and gastrocnemius provide most running support up to about 7 m/s.
    RunningSupport,
    /// The reported range of calf muscle force per step, as multiples of body weight.
    RunningLoadMultiple,
    /// Foot strike changes calf load.
    FootStrike,
    /// Heel-raise test norms.
    HeelRaiseNorms,
    /// Clinician targets for heel raises.
    HeelRaiseTarget,
    /// Weakness in runners with Achilles pain.
    AchillesWeakness,
    /// Risk factors for calf strain.
    CalfStrainRisk,
    /// A sudden jump in training load is a common trigger (clinical consensus).
    LoadSpike,
    /// Exercise dosing, progression and pain rules.
    ExerciseDosing,
    /// A current or recent calf or Achilles injury: assessed before a strengthening circuit.
    CurrentInjury,
    /// Red flag: deep vein thrombosis or a clot in the lung.
    RedFlagDvt,
    /// Red flag: Achilles rupture.
    RedFlagRupture,
    /// Red flag: acute compartment syndrome.
    RedFlagCompartment,
    /// Symptoms with exercise that settle with rest (chronic exertional compartment syndrome).
    RedFlagExertional,
    /// Red flag: a sudden loss of blood supply to the leg.
    RedFlagCirculation,
    /// Red flag: infection of the skin.
    RedFlagInfection,
    /// Red flag: sepsis.
    RedFlagSepsis,
    /// Red flag: a bone stress injury of the shin.
    RedFlagStressFracture,
    /// Red flag: pain at night with weight loss or a history of cancer.
    RedFlagSerious,
    /// Red flag: back and leg symptoms from the spine, and cauda equina syndrome.
    RedFlagSpine,
}

impl Claim {
    /// Every claim, for tests and the evidence panel.
    pub const ALL: [Claim; 25] = [
        Claim::Anatomy,
        Claim::MuscleSize,
        Claim::FibreType,
        Claim::RunnersSoleus,
        Claim::KneeModel,
        Claim::RunningSupport,
        Claim::RunningLoadMultiple,
        Claim::FootStrike,
        Claim::HeelRaiseNorms,
        Claim::HeelRaiseTarget,
        Claim::AchillesWeakness,
        Claim::CalfStrainRisk,
        Claim::LoadSpike,
        Claim::ExerciseDosing,
        Claim::CurrentInjury,
        Claim::RedFlagDvt,
        Claim::RedFlagRupture,
        Claim::RedFlagCompartment,
        Claim::RedFlagExertional,
        Claim::RedFlagCirculation,
        Claim::RedFlagInfection,
        Claim::RedFlagSepsis,
        Claim::RedFlagStressFracture,
        Claim::RedFlagSerious,
        Claim::RedFlagSpine,
    ];

    /// This claim's position in [`Claim::ALL`], from its discriminant (a test ties the two).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The sources behind this claim; never empty.
    pub fn sources(self) -> &'static [SourceId] {
        use SourceId::*;
        match self {
            Claim::Anatomy => &[Gray1918, OrthobulletsGastrocnemius],
            Claim::MuscleSize => &[Fukunaga1992],
            Claim::FibreType => &[Edgerton1975],
            Claim::RunnersSoleus => &[Fukutani2020],
            Claim::KneeModel => &[
                Fukunaga1992,
                Gago2017,
                Arampatzis2006,
                HebertLosier2012,
                HebertLosier2012b,
            ],
            Claim::RunningSupport => &[Dorn2012],
            Claim::RunningLoadMultiple => &[Dorn2012],
            Claim::FootStrike => &[Ahn2014],
            Claim::HeelRaiseNorms => &[HebertLosier2017],
            Claim::HeelRaiseTarget => &[ClinicalPractice],
            Claim::AchillesWeakness => &[ONeill2019],
            Claim::CalfStrainRisk => &[GreenPizzari2017],
            Claim::LoadSpike => &[ClinicalPractice],
            Claim::ExerciseDosing => &[ClinicalPractice, ClinicExercisePages],
            Claim::CurrentInjury => &[CalfStrainClinic],
            Claim::RedFlagDvt => &[NhsDvt],
            Claim::RedFlagRupture => &[LincsPhysioAchilles],
            Claim::RedFlagCompartment => &[NhsCompartmentSyndrome],
            Claim::RedFlagExertional => &[NhsCompartmentSyndrome],
            Claim::RedFlagCirculation => &[AcuteLimbIschaemia],
            Claim::RedFlagInfection => &[NhsCellulitis],
            Claim::RedFlagSepsis => &[SepsisSafetyNet],
            Claim::RedFlagStressFracture => &[StressFractureClinic],
            Claim::RedFlagSerious => &[PhysioRedFlags],
            Claim::RedFlagSpine => &[NhsSciatica, RoyalFreeCaudaEquina],
        }
    }
}

/// The source with this id. Every id has exactly one entry, which a test checks.
pub fn source(id: SourceId) -> &'static Source {
    // The registry is static data checked by `every_source_id_has_exactly_one_entry`, so the
    // fallback to the first entry is unreachable; it avoids a panic path in the wasm.
    SOURCES.iter().find(|s| s.id == id).unwrap_or(&SOURCES[0])
}

/// A source from [`SOURCES`] or [`STRIDE_SOURCES`]: for the stride's code only, which is the
/// only code that may reach the stride's sources.
pub fn any_source(id: SourceId) -> &'static Source {
    SOURCES
        .iter()
        .chain(STRIDE_SOURCES)
        .find(|s| s.id == id)
        .unwrap_or(&SOURCES[0])
}

/// The short citation of a source the first screen cites: all the first screen's code may
/// read of the registry (see `registry!`). A test checks that [`CITATIONS`] holds every source
/// the first screen cites.
pub fn citation(id: SourceId) -> &'static Citation {
    // Every source the first screen cites has an entry, so the fallback is unreachable.
    CITATIONS
        .iter()
        .find(|c| c.id == id)
        .unwrap_or(&CITATIONS[0])
}

/// The short citation of any source, [`QUIZ_CITATIONS`] and [`STRIDE_CITATIONS`] included:
/// for the quiz's module's code only (the quiz's screens, the stride, the evidence lists),
/// which is the only code that may reach those tables.
pub fn any_citation(id: SourceId) -> &'static Citation {
    CITATIONS
        .iter()
        .chain(QUIZ_CITATIONS)
        .chain(STRIDE_CITATIONS)
        .find(|c| c.id == id)
        .unwrap_or(&CITATIONS[0])
}

/// The sources the first screen cites beside its facts: the anatomy facts' (each muscle's
/// card), the knee model's (the share meter), the running load's (the load calculator).
/// [`CITATIONS`] holds exactly these.
#[cfg(test)]
fn first_screen_sources() -> Vec<SourceId> {
    use crate::model::{anatomy, knee, load};
    let mut claims = anatomy::claims();
    claims.extend([knee::CLAIM, load::CLAIM]);
    let mut ids: Vec<SourceId> = claims.iter().flat_map(|c| c.sources()).copied().collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The short form shown in labels, e.g. "Gago 2017".
pub fn short_citation(id: SourceId) -> &'static str {
    citation(id).short
}

/// The distinct sources behind `claims`, in registry order: what an evidence panel lists.
pub fn sources_for(claims: &[Claim]) -> Vec<&'static Source> {
    SOURCES
        .iter()
        .filter(|s| claims.iter().any(|c| c.sources().contains(&s.id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_s_index_is_its_place_in_the_list() {
        for (i, claim) in Claim::ALL.iter().enumerate() {
            assert_eq!(claim.index(), i, "{claim:?}");
        }
    }

    #[test]
    fn every_claim_names_at_least_one_source_with_an_entry() {
        for claim in Claim::ALL {
            assert!(!claim.sources().is_empty(), "{claim:?} has no source");
            for id in claim.sources() {
                assert_eq!(
                    SOURCES.iter().filter(|s| s.id == *id).count(),
                    1,
                    "{claim:?} cites {id:?}, which needs exactly one registry entry"
                );
            }
        }
    }

    #[test]
    fn every_source_is_listed_once_and_used_by_some_claim() {
        for (index, source) in SOURCES.iter().enumerate() {
            assert!(
                SOURCES[index + 1..].iter().all(|s| s.id != source.id),
                "{:?} is listed twice",
                source.id
            );
            assert!(
                Claim::ALL.iter().any(|c| c.sources().contains(&source.id)),
                "{:?} is not used by any claim",
                source.id
            );
            assert!(!source.title.is_empty() && !source.checked.is_empty());
        }
    }

    #[test]
    fn the_stride_s_sources_each_have_one_entry_and_its_own_are_all_cited() {
        use crate::model::stride;
        for id in stride::SOURCES {
            let entries = SOURCES.iter().chain(STRIDE_SOURCES).filter(|s| s.id == id);
            assert_eq!(entries.count(), 1, "{id:?}");
        }
        for source in STRIDE_SOURCES {
            assert!(stride::SOURCES.contains(&source.id), "{:?}", source.id);
            assert!(SOURCES.iter().all(|s| s.id != source.id), "{:?}", source.id);
            assert_eq!(any_source(source.id).id, source.id);
        }
    }

    #[test]
    fn each_source_has_its_citation_in_the_same_order() {
        // The two tables together are the registry, each source once, in its order.
        let mut first = CITATIONS.iter().peekable();
        let mut later = QUIZ_CITATIONS.iter().peekable();
        for source in SOURCES {
            let citation = match (first.peek(), later.peek()) {
                (Some(c), _) if c.id == source.id => first.next(),
                (_, Some(c)) if c.id == source.id => later.next(),
                _ => None,
            };
            let citation =
                citation.unwrap_or_else(|| panic!("{:?} has no citation in order", source.id));
            assert!(std::ptr::eq(any_citation(source.id), citation));
            assert!(!citation.short.is_empty());
        }
        assert!(first.next().is_none() && later.next().is_none());
        assert_eq!(STRIDE_CITATIONS.len(), STRIDE_SOURCES.len());
        for (citation, source) in STRIDE_CITATIONS.iter().zip(STRIDE_SOURCES) {
            assert_eq!(citation.id, source.id);
            assert!(std::ptr::eq(any_citation(source.id), citation));
        }
    }

    #[test]
    fn the_first_screen_s_table_holds_exactly_the_sources_it_cites() {
        // Missing, a fact on the first screen would show another source's label; extra, a
        // label would be in every page's first download for nothing.
        let mut first: Vec<SourceId> = CITATIONS.iter().map(|c| c.id).collect();
        first.sort();
        assert_eq!(first, first_screen_sources());
        for id in first_screen_sources() {
            assert_eq!(citation(id).id, id);
        }
    }

    #[test]
    fn an_evidence_panel_lists_each_source_once() {
        let listed = sources_for(&[Claim::KneeModel, Claim::MuscleSize]);
        assert_eq!(listed.len(), 5);
        assert_eq!(short_citation(SourceId::Gago2017), "Gago 2017");
    }
}
