//! The evidence behind what the widget says: every claim the registry lists is shown by
//! something, every shown claim has words and sources, the words and the model's lists have
//! the same length, and `docs/clinical-review.md` (the sheet a physiotherapist reads before
//! embedding the widget) is written from the registry and the words, so it cannot drift.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;

use soleus::content::{fill, Lang};
use soleus::model::anatomy::{Fact, Muscle};
use soleus::model::circuit::{self, Dose, Level, Reason};
use soleus::model::evidence::{self, Claim, SourceKind};
use soleus::model::knee;
use soleus::model::quiz::{Kind, QUESTIONS};
use soleus::model::triage::{RedFlag, Urgency, RECENT_INJURY_WEEKS};

/// An item's question as the screening shows it, its constant filled in.
fn question(flag: RedFlag) -> String {
    fill(
        Lang::En.quiz_text().red_flags[flag.index()].question,
        &[("weeks", &RECENT_INJURY_WEEKS.to_string())],
    )
}

/// The reasons a circuit can give, one of each kind.
const REASONS: [Reason; 9] = [
    Reason::SelfTest(0, Level::Build),
    Reason::NoSelfTest(Level::Build),
    Reason::PreviousProblem,
    Reason::RecentJump,
    Reason::OlderAge,
    Reason::HighDistance,
    Reason::ForefootStrike,
    Reason::FlatFloor,
    Reason::Sides(30, 22),
];

/// The English words that rest on `claim`, wherever the widget shows them.
fn wording(claim: Claim) -> Vec<String> {
    let text = Lang::En.text();
    let quiz = Lang::En.quiz_text();
    let ui = &text.ui;
    let mut words: Vec<String> = Vec::new();
    for (index, fact) in Fact::ALL.iter().enumerate() {
        if fact.claims().contains(&claim) {
            for (muscle, muscle_words) in Muscle::ALL.iter().zip(&text.muscles) {
                words.push(format!(
                    "{} — {}: {}",
                    muscle_words.name, text.fact_labels[index], muscle_words.facts[index]
                ));
                let _ = muscle;
            }
        }
    }
    for (question, question_words) in QUESTIONS.iter().zip(&quiz.questions) {
        if let Kind::Knowledge {
            correct,
            claim: behind,
            ..
        } = question.kind
        {
            if behind == claim {
                let answer = question_words.feedback[usize::from(correct)];
                words.push(format!("Quiz: {} — {answer}", question_words.prompt));
            }
        }
    }
    for flag in RedFlag::ALL {
        if flag.claim() == claim {
            let flag_words = &quiz.red_flags[flag.index()];
            let urgency = &quiz.urgencies[flag.urgency().index()];
            words.push(format!(
                "Screening: “{}” → {}. {}",
                question(flag),
                urgency.heading,
                flag_words.reason
            ));
        }
    }
    for reason in REASONS {
        if reason.claims().contains(&claim) {
            words.push(format!("Plan, why: {}", reason_template(reason)));
        }
    }
    let extra: &[&str] = match claim {
        Claim::KneeModel => &[
            ui.model_label_template,
            ui.share_reasoning_template,
            quiz.ui.exercise_share_template,
            ui.sentence_soleus_dominant_template,
        ],
        Claim::RunningLoadMultiple => &[ui.load_multiple_note_template],
        Claim::HeelRaiseNorms => &[quiz.questions[QUESTIONS.len() - 2].hint],
        Claim::ExerciseDosing => &[
            quiz.ui.progress_template,
            quiz.ui.pain_rule_template,
            quiz.ui.stop_rule_template,
            quiz.ui.load_rule_template,
            quiz.ui.hurt_advice,
            quiz.ui.reason_sides_large_template,
        ],
        _ => &[],
    };
    words.extend(extra.iter().map(|w| w.to_string()));
    words
}

/// The template a reason is shown with.
fn reason_template(reason: Reason) -> &'static str {
    let ui = &Lang::En.quiz_text().ui;
    match reason {
        Reason::SelfTest(..) => ui.reason_self_test_template,
        Reason::NoSelfTest(_) => ui.reason_no_self_test_template,
        Reason::PreviousProblem => ui.reason_previous_problem,
        Reason::RecentJump => ui.reason_recent_jump,
        Reason::OlderAge => ui.reason_older_age,
        Reason::HighDistance => ui.reason_high_distance,
        Reason::ForefootStrike => ui.reason_forefoot_strike,
        Reason::FlatFloor => ui.reason_flat_floor,
        Reason::Sides(..) => ui.reason_sides_template,
    }
}

fn strength(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Study => "peer-reviewed study",
        SourceKind::Reference => "standard reference",
        SourceKind::Guidance => "public health guidance",
        SourceKind::Practice => "clinical practice (weakest: not a study finding)",
    }
}

/// The review sheet, from the registry, the model's decisions and the English words.
fn review_sheet() -> String {
    let quiz = Lang::En.quiz_text();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Clinical review sheet\n\n\
         Everything the widget says that rests on evidence, with its exact English wording, \
         its sources and how strong they are, for the physiotherapist who reviews the widget \
         before embedding it. Written by `tests/evidence.rs` from `src/model/evidence.rs`, \
         `src/model/triage.rs`, `src/model/circuit.rs`, `src/model/knee.rs` and \
         `src/content/en.rs`; do not edit by hand. Placeholders in braces are filled with the \
         model's constants shown in the tables below.\n"
    );
    let _ = writeln!(out, "## Screening\n");
    let _ = writeln!(
        out,
        "Any ticked item means no exercise anywhere; the most urgent item sets the advice.\n"
    );
    let _ = writeln!(
        out,
        "| Item (as asked) | Urgency | Advice heading | Sources |"
    );
    let _ = writeln!(out, "|---|---|---|---|");
    for flag in RedFlag::ALL {
        let sources: Vec<&str> = flag
            .claim()
            .sources()
            .iter()
            .map(|id| evidence::any_citation(*id).short)
            .collect();
        let _ = writeln!(
            out,
            "| {} | {:?} | {} | {} |",
            question(flag),
            flag.urgency(),
            quiz.urgencies[flag.urgency().index()].heading,
            sources.join("; ")
        );
    }
    let _ = writeln!(out, "\n## Advice for each urgency\n");
    for urgency in Urgency::ALL {
        let words = &quiz.urgencies[urgency.index()];
        let _ = writeln!(
            out,
            "- **{}** ({urgency:?}): {}",
            words.heading, words.advice
        );
    }
    let _ = writeln!(out, "\n## The knee model's shown shares\n");
    let _ = writeln!(out, "| Knee bend | Soleus | Gastrocnemius |");
    let _ = writeln!(out, "|---|---|---|");
    for degrees in [0, 45, 90, 110] {
        let share = knee::share(degrees);
        let (sl, sh) = share.soleus_band();
        let (gl, gh) = share.gastrocnemius_band();
        let _ = writeln!(out, "| {degrees}° | {sl}–{sh}% | {gl}–{gh}% |");
    }
    let _ = writeln!(out, "\n## Dosing per level\n");
    let _ = writeln!(
        out,
        "| Level | Exercise | Sets × dose | Each leg | Weight | Rest | Knee bend |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for level in Level::ALL {
        for p in circuit::exercises(level) {
            let dose = match p.dose {
                Dose::Reps(reps) => format!("{} × {reps} reps", p.sets),
                Dose::HoldSeconds(s) => format!("{} × {s} s hold", p.sets),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {dose} | {} | {} | {} s | {}° |",
                quiz.levels[usize::from(level.index())].name,
                quiz.exercises[circuit::Exercise::ALL
                    .iter()
                    .position(|e| *e == p.exercise)
                    .unwrap_or(0)]
                .name,
                if p.each_leg { "yes" } else { "no" },
                if p.loaded { "yes" } else { "no" },
                p.rest_seconds(),
                p.exercise.knee_degrees()
            );
        }
    }
    let _ = writeln!(
        out,
        "\nTempo {}-{}-{} s; discomfort at most {}/{} settling by the next day; load \
         leaves {}–{} repetitions in reserve; progress by {}–{} kg at most weekly once {} \
         slow repetitions are comfortable, with {} sets instead of {} in the first week; {}–{} \
         sessions a week; a screening stands for {} days.",
        circuit::TEMPO.0,
        circuit::TEMPO.1,
        circuit::TEMPO.2,
        circuit::MAX_DISCOMFORT_OUT_OF_10,
        circuit::PAIN_SCALE,
        circuit::LOAD_RESERVE_REPS.0,
        circuit::LOAD_RESERVE_REPS.1,
        circuit::LOAD_STEP_KG.0,
        circuit::LOAD_STEP_KG.1,
        circuit::PROGRESS_FROM_REPS,
        circuit::FIRST_WEEK_SETS,
        circuit::SETS,
        circuit::SESSIONS_PER_WEEK.0,
        circuit::SESSIONS_PER_WEEK.1,
        soleus::model::quiz::SCREENING_VALID_DAYS
    );
    let _ = writeln!(out, "\n## Every claim, its wording and its sources\n");
    for claim in Claim::ALL {
        let _ = writeln!(out, "### {claim:?}\n");
        let _ = writeln!(out, "Shown as:\n");
        for words in wording(claim) {
            let _ = writeln!(out, "- {words}");
        }
        let _ = writeln!(out, "\nSources:\n");
        for id in claim.sources() {
            let source = evidence::source(*id);
            let cited = evidence::any_citation(*id);
            let link = if cited.url.is_empty() {
                String::from("no checked address")
            } else {
                format!("<{}>", cited.url)
            };
            let _ = writeln!(
                out,
                "- **{}** ({}): {}. {}. *{}*. {link}. Checked: {}",
                cited.short,
                strength(source.kind),
                source.authors,
                source.title,
                source.venue,
                source.checked
            );
        }
        let _ = writeln!(out);
    }
    stride_section(&mut out);
    out
}

/// The stride's words, the model's numbers and its sources, for the review sheet.
fn stride_section(out: &mut String) {
    use soleus::model::stride::{self, CalfMuscle, Landing, Phase, Speed};
    let words = &Lang::En.quiz_text().stride;
    let _ = writeln!(out, "## The stride (one running step)\n");
    let _ = writeln!(out, "Shown as:\n");
    for text in [words.intro, words.landing_note, words.speed_note_template]
        .into_iter()
        .chain(words.phase_text)
        .chain([
            words.touchdown_forefoot,
            words.model_note_template,
            words.knee_template,
            words.steps_template,
            words.circuit_line,
        ])
    {
        let _ = writeln!(out, "- {text}");
    }
    let _ = writeln!(
        out,
        "\nModel (tenths of body weight, low–high, easy run; faster runs take the upper half of \
         the quoted range). Calf support grows with speed up to {} m/s; the knee is bent {}° at \
         mid-stance.\n",
        stride::CALF_SUPPORT_UP_TO_MS,
        stride::MID_STANCE_KNEE_DEGREES
    );
    let _ = writeln!(
        out,
        "| phase | landing | soleus | gastrocnemius |\n|---|---|---|---|"
    );
    for phase in Phase::ALL {
        for landing in [Landing::Heel, Landing::Forefoot] {
            let band = |muscle| stride::force(muscle, landing, Speed::Easy, phase.percent());
            let (s, g) = (band(CalfMuscle::Soleus), band(CalfMuscle::Gastrocnemius));
            let _ = writeln!(
                out,
                "| {:?} ({}%) | {landing:?} | {}–{} | {}–{} |",
                phase,
                phase.percent(),
                s.low,
                s.high,
                g.low,
                g.high
            );
        }
    }
    let _ = writeln!(out, "\nSources:\n");
    for id in stride::SOURCES {
        let source = evidence::any_source(id);
        let cited = evidence::any_citation(id);
        let _ = writeln!(
            out,
            "- **{}** ({}): {}. {}. *{}*. <{}>. Checked: {}",
            cited.short,
            strength(source.kind),
            source.authors,
            source.title,
            source.venue,
            cited.url,
            source.checked
        );
    }
}

/// Whether each claim is really cited on screen is checked in the browser, from what the
/// views render (tests/e2e/explorer.test.mjs walks every screen and reads each citation's
/// claims). Here: the review sheet has the words of each claim to show the reviewer.
#[test]
fn every_claim_has_its_words_on_the_review_sheet_and_a_source() {
    for claim in Claim::ALL {
        assert!(
            !wording(claim).is_empty(),
            "{claim:?} has no words on the review sheet"
        );
        assert!(!claim.sources().is_empty(), "{claim:?} has no source");
    }
}

#[test]
fn the_screening_and_its_words_have_the_same_items_in_the_same_order() {
    for lang in Lang::ALL {
        let quiz = lang.quiz_text();
        assert_eq!(quiz.red_flags.len(), RedFlag::COUNT, "{lang:?}");
        assert_eq!(quiz.urgencies.len(), Urgency::ALL.len(), "{lang:?}");
        assert_eq!(quiz.questions.len(), QUESTIONS.len(), "{lang:?}");
        // The injury items come first, as a clinician asks them.
        assert!(RedFlag::ALL[0].is_current_injury() && RedFlag::ALL[1].is_current_injury());
    }
}

#[test]
fn the_evidence_notes_are_in_every_language_one_per_source() {
    assert!(
        Lang::En.quiz_text().source_notes.is_empty(),
        "English shows the registry's own notes"
    );
    let german = Lang::De.quiz_text().source_notes;
    assert_eq!(
        german.len(),
        evidence::SOURCES.len(),
        "one German note per source"
    );
    for (note, source) in german.iter().zip(evidence::SOURCES) {
        assert!(
            !note.trim().is_empty() && *note != source.checked,
            "{:?}",
            source.id
        );
    }
}

#[test]
fn the_stride_s_own_sources_have_a_note_in_every_language() {
    assert!(Lang::En.quiz_text().stride.source_notes.is_empty());
    let german = Lang::De.quiz_text().stride.source_notes;
    assert_eq!(german.len(), evidence::STRIDE_SOURCES.len());
    for (note, source) in german.iter().zip(evidence::STRIDE_SOURCES) {
        assert!(
            !note.trim().is_empty() && *note != source.checked,
            "{:?}",
            source.id
        );
    }
}

#[test]
fn the_clinical_review_sheet_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/clinical-review.md");
    let sheet = review_sheet();
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current != sheet {
        std::fs::write(path, &sheet).expect("write docs/clinical-review.md");
        panic!("docs/clinical-review.md was out of date and has been rewritten: commit it");
    }
    for claim in Claim::ALL {
        assert!(sheet.contains(&format!("### {claim:?}")));
    }
}

/// The words match the model's questions: one per option, feedback for every knowledge
/// answer, a how-to for the count, and steps for every exercise.
#[test]
fn every_question_has_words_for_each_option_and_feedback_for_knowledge() {
    for lang in Lang::ALL {
        for (question, words) in QUESTIONS.iter().zip(&lang.quiz_text().questions) {
            assert_eq!(
                words.options.len(),
                usize::from(question.options),
                "{:?}",
                question.id
            );
            match question.kind {
                Kind::Knowledge { .. } => assert_eq!(words.feedback.len(), words.options.len()),
                Kind::Choice => assert!(words.feedback.is_empty()),
                Kind::Count { .. } => assert!(!words.hint.is_empty(), "a count needs a how-to"),
            }
        }
        for exercise in &lang.quiz_text().exercises {
            assert!(exercise.steps.len() >= 2, "{}", exercise.name);
        }
    }
}
