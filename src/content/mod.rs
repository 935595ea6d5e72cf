//! Every word the widget shows, as data, one file per language.
//!
//! Each language is one value of [`Text`]: a struct, so a language that misses a key does not
//! compile, and the strings cost nothing to parse at run time. Numbers are never written into
//! the words: templates carry `{name}` placeholders that the UI fills with values computed by
//! `model`, whose constants cite their sources.

mod de;
mod en;

/// The languages the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// English, the default when nothing else matches.
    #[default]
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, for tests and documentation.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// Reads a language tag such as `de`, `de-AT` or `EN`; `None` when it is not one we speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("de") {
            Some(Lang::De)
        } else {
            None
        }
    }

    /// The BCP 47 tag, for the `lang` attribute of the widget's root.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// This language's words.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::De => &de::TEXT,
        }
    }
}

/// Declares [`Text`] and its [`Text::entries`] from one list, so that tests can walk every
/// string without a second list to keep in step.
macro_rules! define_text {
    ($( $(#[doc = $doc:literal])* $key:ident, )*) => {
        /// All user-visible words of the widget in one language.
        ///
        /// Fields ending in `_template` contain `{placeholders}`, filled with [`fill`].
        #[derive(Debug)]
        pub struct Text {
            $( $(#[doc = $doc])* pub $key: &'static str, )*
        }

        impl Text {
            /// Every `(key, words)` pair, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($key), self.$key), )*]
            }
        }
    };
}

define_text! {
    /// Heading of the widget.
    title,
    /// One sentence under the heading saying what the widget shows.
    intro,
    /// Accessible name of the diagram.
    diagram_label,
    /// Longer description of the diagram for screen readers.
    diagram_description,
    /// Name of the soleus, as shown in labels.
    soleus,
    /// Name of the gastrocnemius, as shown in labels.
    gastrocnemius,
    /// Label of the knee-angle slider.
    knee_label,
    /// The angle shown next to the slider; `{angle}`.
    degrees_template,
    /// The slider's `aria-valuetext`; `{angle}`, `{soleus}`, `{gastrocnemius}` (percentages).
    knee_valuetext_template,
    /// Heading of the share meter.
    share_heading,
    /// A muscle's share in the meter; `{percent}`.
    percent_template,
    /// Sentence when the work is shared (straight or slightly bent knee); `{angle}`.
    sentence_shared_template,
    /// Sentence when the soleus leads; `{angle}`.
    sentence_soleus_leads_template,
    /// Sentence when the soleus does nearly all the work; `{angle}`.
    sentence_soleus_dominant_template,
    /// The label that says the numbers are a model; `{sources}`.
    model_label_template,
    /// The notice that is always shown.
    education_notice,
}

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{a} and {b}", &[("a", "1")]), "1 and {b}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("no placeholders", &[("a", "1")]), "no placeholders");
    }

    #[test]
    fn language_tags_are_read_loosely_and_unknown_ones_rejected() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
