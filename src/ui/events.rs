//! What a widget tells its host: typed events for a Leptos app's `on_event`, which the embed
//! turns into `soleus:<name>` `CustomEvent`s.
//!
//! Payloads carry outcomes and levels only, never a person's answers. serde serialises each
//! event's fields into its `detail` (the variant name is the event's name, not a field).

use serde::ser::{self, Impossible, SerializeStruct, Serializer};
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
        outcome: QuizOutcome,
        /// The circuit's level; absent when the outcome is advice to seek care.
        #[serde(skip_serializing_if = "Option::is_none")]
        level: Option<Level>,
    },
    /// The red-flag screening's outcome, reported with the quiz result.
    Triage {
        /// Clear, or seek care.
        outcome: TriageOutcome,
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
pub enum QuizOutcome {
    /// A strengthening circuit.
    Circuit,
    /// Advice to get care instead of exercise.
    SeekCare,
}

/// What the red-flag screening found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TriageOutcome {
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
    /// The event's payload as `(field, value)` pairs, read off its serde serialisation (the
    /// field names, their spelling and which are left out are the serde attributes above).
    /// Every value is a fixed word, a unit variant's name, so nothing is borrowed from the
    /// event and no general-purpose serialiser is needed.
    pub fn detail(&self) -> Vec<(&'static str, &'static str)> {
        let mut fields = Vec::new();
        // Every variant is a struct of words, so this cannot fail; if a field of another
        // shape were added, its pair would be missing and the tests below would say so.
        let _ = self.serialize(Fields(&mut fields));
        fields
    }
}

/// Why a payload could not be read as words: a field that is not a unit variant.
#[derive(Debug)]
pub struct NotAWord;

impl std::fmt::Display for NotAWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an event field that is not a fixed word")
    }
}

impl std::error::Error for NotAWord {}

impl ser::Error for NotAWord {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotAWord
    }
}

/// Declares the serializer methods a payload never reaches: each refuses.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*);)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<Self::Ok, NotAWord> { Err(NotAWord) })*
    };
}

/// The serializer methods neither [`Fields`] nor [`Word`] accepts.
macro_rules! refuse_the_rest {
    () => {
        refuse! {
            serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i32(i32);
            serialize_i64(i64); serialize_u8(u8); serialize_u16(u16); serialize_u32(u32);
            serialize_u64(u64); serialize_f32(f32); serialize_f64(f64); serialize_char(char);
            serialize_str(&str); serialize_bytes(&[u8]); serialize_none(); serialize_unit();
            serialize_unit_struct(&'static str);
        }
        fn serialize_newtype_struct<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: &T,
        ) -> Result<Self::Ok, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<Self::Ok, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAWord> {
            Err(NotAWord)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, NotAWord> {
            Err(NotAWord)
        }
    };
}

/// Collects a struct's fields as `(name, word)` pairs.
struct Fields<'a>(&'a mut Vec<(&'static str, &'static str)>);

impl<'a> Serializer for Fields<'a> {
    type Ok = ();
    type Error = NotAWord;
    type SerializeSeq = Impossible<(), NotAWord>;
    type SerializeTuple = Impossible<(), NotAWord>;
    type SerializeTupleStruct = Impossible<(), NotAWord>;
    type SerializeTupleVariant = Impossible<(), NotAWord>;
    type SerializeMap = Impossible<(), NotAWord>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), NotAWord>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, NotAWord> {
        Ok(self)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), NotAWord> {
        Err(NotAWord)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), NotAWord> {
        Err(NotAWord)
    }
    refuse_the_rest!();
}

impl SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = NotAWord;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotAWord> {
        self.0.push((key, value.serialize(Word)?));
        Ok(())
    }
    fn end(self) -> Result<(), NotAWord> {
        Ok(())
    }
}

/// Reads one field's value: a unit variant's (renamed) name, possibly inside `Some`.
struct Word;

impl Serializer for Word {
    type Ok = &'static str;
    type Error = NotAWord;
    type SerializeSeq = Impossible<&'static str, NotAWord>;
    type SerializeTuple = Impossible<&'static str, NotAWord>;
    type SerializeTupleStruct = Impossible<&'static str, NotAWord>;
    type SerializeTupleVariant = Impossible<&'static str, NotAWord>;
    type SerializeMap = Impossible<&'static str, NotAWord>;
    type SerializeStruct = Impossible<&'static str, NotAWord>;
    type SerializeStructVariant = Impossible<&'static str, NotAWord>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAWord> {
        Ok(variant)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<&'static str, NotAWord> {
        value.serialize(Word)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, NotAWord> {
        Err(NotAWord)
    }
    refuse_the_rest!();
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
                outcome: QuizOutcome::Circuit,
                level: Some(Level::Foundation)
            }),
            r#"{"outcome":"circuit","level":"foundation"}"#
        );
        assert_eq!(
            detail(WidgetEvent::QuizComplete {
                outcome: QuizOutcome::SeekCare,
                level: None
            }),
            r#"{"outcome":"seek-care"}"#
        );
        assert_eq!(
            detail(WidgetEvent::Triage {
                outcome: TriageOutcome::SeekCare,
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
                outcome: QuizOutcome::SeekCare,
                level: None,
            },
            WidgetEvent::Triage {
                outcome: TriageOutcome::SeekCare,
                urgency: Some(Urgency::Emergency),
            },
            WidgetEvent::CircuitStarted {
                level: Level::Build,
            },
        ];
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
                outcome: TriageOutcome::SeekCare,
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
                outcome: QuizOutcome::Circuit,
                level: Some(level),
            },
            WidgetEvent::Triage {
                outcome: TriageOutcome::Clear,
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
