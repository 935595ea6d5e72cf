//! Every claim the evidence registry lists is used by something the widget can show, so no
//! source sits in the registry unused and nothing shown lacks a source.
#![cfg(not(target_arch = "wasm32"))]

use soleus::model::anatomy::{self, Fact};
use soleus::model::circuit::{self, Level, Reason};
use soleus::model::evidence::Claim;
use soleus::model::quiz::{Kind, QUESTIONS};
use soleus::model::triage::RedFlag;
use soleus::model::{knee, load};

fn claims_in_use() -> Vec<Claim> {
    let mut used: Vec<Claim> = Vec::new();
    used.extend(Fact::ALL.iter().flat_map(|f| f.claims().iter().copied()));
    used.extend(anatomy::claims());
    used.push(knee::CLAIM);
    used.push(load::CLAIM);
    used.extend(circuit::CLAIMS);
    for question in &QUESTIONS {
        if let Kind::Knowledge { claim, .. } = question.kind {
            used.push(claim);
        }
    }
    used.extend(RedFlag::ALL.iter().map(|f| f.claim()));
    for reason in [
        Reason::SelfTest(0, Level::Build),
        Reason::NoSelfTest(Level::Build),
        Reason::PreviousProblem,
        Reason::RecentJump,
        Reason::OlderAge,
        Reason::HighDistance,
        Reason::ForefootStrike,
        Reason::FlatFloor,
    ] {
        used.push(reason.claim());
    }
    used
}

#[test]
fn every_claim_in_the_registry_is_used_by_the_widget() {
    let used = claims_in_use();
    for claim in Claim::ALL {
        assert!(
            used.contains(&claim),
            "{claim:?} is listed but nothing shows it"
        );
    }
}

/// The words match the model's questions: one per option, feedback for every knowledge
/// answer, a how-to for the count, and steps for every exercise.
#[test]
fn every_question_has_words_for_each_option_and_feedback_for_knowledge() {
    use soleus::content::Lang;
    for lang in Lang::ALL {
        for (question, words) in QUESTIONS.iter().zip(&lang.text().questions) {
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
        for exercise in &lang.text().exercises {
            assert!(exercise.steps.len() >= 2, "{}", exercise.name);
        }
    }
}
