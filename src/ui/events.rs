//! What a widget tells its host: typed events for a Leptos app's `on_event`, which the embed
//! turns into `soleus:<name>` `CustomEvent`s.
//!
//! Payloads carry outcomes and levels only, never a person's answers. An app can serialise
//! an event with serde (its fields, without the variant name, which is the event's name);
//! the embed reads the same fields as words through [`WidgetEvent::detail`].

use serde::Serialize;

use crate::content::Lang;
use crate::model::circuit::Level;
use crate::model::triage::Urgency;

/// Something a widget reports to the page or app around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum WidgetEvent {
    /// The widget is on screen, speaking `lang`.
    Ready {
        /// The language the widget shows.
        lang: Lang,
    },
    /// The quiz reached its result.
    QuizComplete {
        /// A circuit, or advice to seek care.
        outcome: ResultKind,
        /// The circuit's level; absent when the outcome is advice to seek care.
        #[serde(skip_serializing_if = "Option::is_none")]
        level: Option<Level>,
    },
    /// The red-flag screening's outcome, reported with the quiz result.
    Triage {
        /// Clear, or seek care.
        outcome: ScreeningKind,
        /// How soon; absent when clear.
        #[serde(skip_serializing_if = "Option::is_none")]
        urgency: Option<Urgency>,
    },
    /// The guided circuit started (again, for "Do it again").
    CircuitStarted {
        /// The circuit's level.
        level: Level,
    },
    /// The guided circuit ran to its end.
    CircuitFinished {
        /// The circuit's level.
        level: Level,
    },
}

/// How a quiz ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResultKind {
    /// A strengthening circuit.
    Circuit,
    /// Advice to get care instead of exercise.
    SeekCare,
}

/// What the red-flag screening found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScreeningKind {
    /// No red flag.
    Clear,
    /// At least one red flag.
    SeekCare,
}

impl WidgetEvent {
    /// The event's name, stable and not translated: the embed dispatches `soleus:<name>`.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready { .. } => "ready",
            WidgetEvent::QuizComplete { .. } => "quiz-complete",
            WidgetEvent::Triage { .. } => "triage",
            WidgetEvent::CircuitStarted { .. } => "circuit-started",
            WidgetEvent::CircuitFinished { .. } => "circuit-finished",
        }
    }
}

impl WidgetEvent {
    /// The event's payload as `(field, value)` pairs, every value a fixed word: what the embed
    /// puts in the `CustomEvent`'s `detail`. A test checks the pairs against the serde
    /// serialisation above, which apps use, so the two cannot drift apart.
    pub fn detail(&self) -> Vec<(&'static str, &'static str)> {
        match *self {
            WidgetEvent::Ready { lang } => vec![("lang", lang.tag())],
            WidgetEvent::QuizComplete { outcome, level } => {
                let mut fields = vec![("outcome", outcome.tag())];
                fields.extend(level.map(|level| ("level", level.tag())));
                fields
            }
            WidgetEvent::Triage { outcome, urgency } => {
                let mut fields = vec![("outcome", outcome.tag())];
                fields.extend(urgency.map(|urgency| ("urgency", urgency.tag())));
                fields
            }
            WidgetEvent::CircuitStarted { level } | WidgetEvent::CircuitFinished { level } => {
                vec![("level", level.tag())]
            }
        }
    }
}

impl ResultKind {
    /// The outcome's word in event payloads.
    pub fn tag(self) -> &'static str {
        match self {
            ResultKind::Circuit => "circuit",
            ResultKind::SeekCare => "seek-care",
        }
    }
}

impl ScreeningKind {
    /// The outcome's word in event payloads.
    pub fn tag(self) -> &'static str {
        match self {
            ScreeningKind::Clear => "clear",
            ScreeningKind::SeekCare => "seek-care",
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn detail(event: WidgetEvent) -> String {
        serde_json::to_string(&event).unwrap_or_default()
    }

    #[test]
    fn payloads_carry_outcomes_and_levels_only() {
        assert_eq!(
            detail(WidgetEvent::Ready { lang: Lang::De }),
            r#"{"lang":"de"}"#
        );
        assert_eq!(
            detail(WidgetEvent::QuizComplete {
                outcome: ResultKind::Circuit,
                level: Some(Level::Foundation)
            }),
            r#"{"outcome":"circuit","level":"foundation"}"#
        );
        assert_eq!(
            detail(WidgetEvent::QuizComplete {
                outcome: ResultKind::SeekCare,
                level: None
            }),
            r#"{"outcome":"seek-care"}"#
        );
        assert_eq!(
            detail(WidgetEvent::Triage {
                outcome: ScreeningKind::SeekCare,
                urgency: Some(Urgency::SameDay)
            }),
            r#"{"outcome":"seek-care","urgency":"same-day"}"#
        );
        assert_eq!(
            detail(WidgetEvent::CircuitFinished {
                level: Level::Performance
            }),
            r#"{"level":"performance"}"#
        );
    }

    #[test]
    fn the_detail_pairs_are_the_serialised_payload() {
        let events = [
            WidgetEvent::Ready { lang: Lang::En },
            WidgetEvent::QuizComplete {
                outcome: ResultKind::SeekCare,
                level: None,
            },
            WidgetEvent::Triage {
                outcome: ScreeningKind::SeekCare,
                urgency: Some(Urgency::Emergency),
            },
            WidgetEvent::CircuitStarted {
                level: Level::Build,
            },
        ]
        .into_iter()
        .chain(Urgency::ALL.map(|urgency| WidgetEvent::Triage {
            outcome: ScreeningKind::SeekCare,
            urgency: Some(urgency),
        }))
        .chain(Level::ALL.map(|level| WidgetEvent::QuizComplete {
            outcome: ResultKind::Circuit,
            level: Some(level),
        }))
        .chain(Lang::ALL.map(|lang| WidgetEvent::Ready { lang }));
        for event in events {
            let pairs: Vec<String> = event
                .detail()
                .iter()
                .map(|(field, word)| format!("\"{field}\":\"{word}\""))
                .collect();
            assert_eq!(format!("{{{}}}", pairs.join(",")), detail(event));
        }
        assert_eq!(
            WidgetEvent::Triage {
                outcome: ScreeningKind::SeekCare,
                urgency: Some(Urgency::SameDay)
            }
            .detail(),
            [("outcome", "seek-care"), ("urgency", "same-day")]
        );
    }

    #[test]
    fn event_names_are_the_documented_ones() {
        let level = Level::Build;
        let names: Vec<&str> = [
            WidgetEvent::Ready { lang: Lang::En },
            WidgetEvent::QuizComplete {
                outcome: ResultKind::Circuit,
                level: Some(level),
            },
            WidgetEvent::Triage {
                outcome: ScreeningKind::Clear,
                urgency: None,
            },
            WidgetEvent::CircuitStarted { level },
            WidgetEvent::CircuitFinished { level },
        ]
        .iter()
        .map(WidgetEvent::name)
        .collect();
        assert_eq!(
            names,
            [
                "ready",
                "quiz-complete",
                "triage",
                "circuit-started",
                "circuit-finished"
            ]
        );
    }
}
