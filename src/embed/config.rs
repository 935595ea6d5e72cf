//! The widget's configuration, read from the host element's attributes.
//!
//! Attributes are outside input: every value is checked, a wrong one is replaced by its
//! default and reported as a [`Warning`] that names the attribute and what it accepts, and
//! nothing here can panic. This module is plain Rust so it is tested natively.

use crate::content::Lang;
use crate::model::knee;

/// What the embedding page asked for, already validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Language of all words.
    pub lang: Lang,
    /// Knee angle, in degrees, that the explorer starts at.
    pub knee_degrees: u8,
    /// Whether the host asked for no animation, whatever the person's setting.
    pub reduce_motion: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::En,
            knee_degrees: knee::MIN_KNEE_DEGREES,
            reduce_motion: false,
        }
    }
}

/// A rejected attribute value: which attribute, and what it accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute's name, e.g. `data-knee`.
    pub attribute: &'static str,
    /// What the attribute accepts, in words.
    pub accepts: &'static str,
}

impl Warning {
    /// The console message for this warning.
    pub fn message(&self) -> String {
        let mut out = String::from("Soleus widget: ignored invalid ");
        out.push_str(self.attribute);
        out.push_str("; it accepts ");
        out.push_str(self.accepts);
        out.push('.');
        out
    }
}

/// Attribute that selects the language.
pub const ATTR_LANG: &str = "data-lang";
/// Attribute that sets the starting knee angle.
pub const ATTR_KNEE: &str = "data-knee";
/// Attribute that turns animation off (`reduce`) or leaves it to the person's setting (`auto`).
pub const ATTR_MOTION: &str = "data-motion";

impl Config {
    /// Builds a configuration from attribute values.
    ///
    /// `attribute(name)` returns the host element's attribute, if present; `page_lang` is the
    /// document's `lang`, used when the element names no language.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        page_lang: Option<String>,
    ) -> (Config, Vec<Warning>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();

        match attribute(ATTR_LANG) {
            Some(value) => match Lang::from_tag(&value) {
                Some(lang) => config.lang = lang,
                None => warnings.push(Warning {
                    attribute: ATTR_LANG,
                    accepts: "\"en\" or \"de\"",
                }),
            },
            None => {
                if let Some(lang) = page_lang.as_deref().and_then(Lang::from_tag) {
                    config.lang = lang;
                }
            }
        }

        if let Some(value) = attribute(ATTR_KNEE) {
            match value.trim().parse::<u8>() {
                Ok(degrees) if degrees <= knee::MAX_KNEE_DEGREES => config.knee_degrees = degrees,
                _ => warnings.push(Warning {
                    attribute: ATTR_KNEE,
                    accepts: "a whole number of degrees from 0 to 110",
                }),
            }
        }

        if let Some(value) = attribute(ATTR_MOTION) {
            match value.trim().to_ascii_lowercase().as_str() {
                "auto" => config.reduce_motion = false,
                "reduce" => config.reduce_motion = true,
                _ => warnings.push(Warning {
                    attribute: ATTR_MOTION,
                    accepts: "\"auto\" or \"reduce\"",
                }),
            }
        }

        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)], page_lang: Option<&str>) -> (Config, Vec<Warning>) {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_attributes(
            |name| {
                owned
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            },
            page_lang.map(str::to_string),
        )
    }

    #[test]
    fn no_attributes_give_the_english_straight_knee_defaults() {
        assert_eq!(read(&[], None), (Config::default(), vec![]));
    }

    #[test]
    fn the_page_language_is_used_when_the_element_names_none() {
        assert_eq!(read(&[], Some("de-DE")).0.lang, Lang::De);
        assert_eq!(read(&[("data-lang", "en")], Some("de")).0.lang, Lang::En);
    }

    #[test]
    fn invalid_values_fall_back_to_defaults_with_one_warning_each() {
        let (config, warnings) = read(&[("data-lang", "klingon"), ("data-knee", "-5")], None);
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].message().contains("data-lang"));
        assert!(warnings[1].message().contains("0 to 110"));
        assert_eq!(read(&[("data-knee", "111")], None).1.len(), 1);
        assert_eq!(read(&[("data-knee", "9e9")], None).1.len(), 1);
    }

    #[test]
    fn a_valid_knee_angle_is_the_starting_angle() {
        assert_eq!(read(&[("data-knee", " 90 ")], None).0.knee_degrees, 90);
    }
}
