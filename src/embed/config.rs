//! The widget's configuration, read from the host element's attributes.
//!
//! Attributes are outside input: every value is checked, a wrong one is replaced by its
//! default and reported as a [`Warning`] that names the attribute and what it accepts, and
//! nothing here can panic. This module is plain Rust so it is tested natively.

use crate::content::Lang;
use crate::model::knee;
use crate::ui::options::{
    contrast_with_white_x100, hex_colour, is_web_url, tel_uri, Sections, Theme, WidgetOptions,
    MAX_NAME_CHARS,
};

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
/// Attribute choosing the sections: `diagram`, `quiz` or `both`.
pub const ATTR_SECTIONS: &str = "data-sections";
/// Attribute choosing the theme: `auto`, `light` or `dark`.
pub const ATTR_THEME: &str = "data-theme";
/// Attribute with the accent colour, `#rgb` or `#rrggbb`.
pub const ATTR_ACCENT: &str = "data-accent";
/// Attribute that starts in presenter mode: `true` or `false`.
pub const ATTR_PRESENTER: &str = "data-presenter";

/// Attribute with the clinic's name.
pub const ATTR_CLINIC: &str = "data-clinic-name";
/// Attribute with the clinic's booking URL.
pub const ATTR_BOOKING: &str = "data-booking-url";
/// Attribute with the address share links open, for hosts whose own address is not it.
pub const ATTR_SHARE_URL: &str = "data-share-url";
/// Attribute with the emergency number.
pub const ATTR_EMERGENCY: &str = "data-emergency-number";
/// Attribute with the clinic's urgent-advice number for same-day results.
pub const ATTR_URGENT: &str = "data-urgent-number";
/// Attribute that offers (`true`) or hides (`false`) the remember option.
pub const ATTR_REMEMBER: &str = "data-remember";

/// Attribute that turns animation off (`reduce`) or leaves it to the person's setting (`auto`).
pub const ATTR_MOTION: &str = "data-motion";

/// Reads a keyword attribute (case and surrounding spaces ignored) as one of `choices`; any
/// other value adds a warning that says what `attribute` accepts.
fn keyword<T: Copy>(
    attribute: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    choices: &[(&str, T)],
    warnings: &mut Vec<Warning>,
    accepts: &'static str,
) -> Option<T> {
    let value = attribute(name)?;
    let value = value.trim().to_ascii_lowercase();
    let found = choices
        .iter()
        .find(|(word, _)| *word == value)
        .map(|(_, v)| *v);
    if found.is_none() {
        warnings.push(Warning {
            attribute: name,
            accepts,
        });
    }
    found
}

/// Reading attributes into options.
impl WidgetOptions {
    /// Builds a configuration from attribute values.
    ///
    /// `attribute(name)` returns the host element's attribute, if present; `page_lang` is the
    /// document's `lang`, used when the element names no language.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        page_lang: Option<String>,
    ) -> (WidgetOptions, Vec<Warning>) {
        let mut config = WidgetOptions::default();
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

        if let Some(value) = keyword(
            &attribute,
            ATTR_MOTION,
            &[("auto", false), ("reduce", true)],
            &mut warnings,
            "\"auto\" or \"reduce\"",
        ) {
            config.reduce_motion = value;
        }

        if let Some(value) = keyword(
            &attribute,
            ATTR_SECTIONS,
            &[
                ("diagram", Sections::Diagram),
                ("quiz", Sections::Quiz),
                ("both", Sections::Both),
            ],
            &mut warnings,
            "\"diagram\", \"quiz\" or \"both\"",
        ) {
            config.sections = value;
        }

        if let Some(value) = keyword(
            &attribute,
            ATTR_THEME,
            &[
                ("auto", Theme::Auto),
                ("light", Theme::Light),
                ("dark", Theme::Dark),
            ],
            &mut warnings,
            "\"auto\", \"light\" or \"dark\"",
        ) {
            config.theme = value;
        }

        if let Some(value) = attribute(ATTR_ACCENT) {
            // White text sits on the accent, so it must keep WCAG AA contrast (4.5:1).
            match hex_colour(value.trim()) {
                Some(hex) if contrast_with_white_x100(&hex).is_some_and(|c| c >= 450) => {
                    config.accent = Some(hex);
                }
                _ => warnings.push(Warning {
                    attribute: ATTR_ACCENT,
                    accepts: "a colour like #0b6e69 dark enough for white text (4.5:1 contrast)",
                }),
            }
        }

        if let Some(value) = keyword(
            &attribute,
            ATTR_PRESENTER,
            &[("true", true), ("", true), ("false", false)],
            &mut warnings,
            "\"true\" or \"false\"",
        ) {
            config.presenter = value;
        }

        if let Some(value) = attribute(ATTR_CLINIC) {
            let name: String = value.trim().chars().take(MAX_NAME_CHARS).collect();
            if name.is_empty() {
                warnings.push(Warning {
                    attribute: ATTR_CLINIC,
                    accepts: "the clinic's name as text",
                });
            } else {
                config.clinic_name = Some(name);
            }
        }

        for (name, field) in [
            (ATTR_BOOKING, &mut config.booking_url),
            (ATTR_SHARE_URL, &mut config.share_url),
        ] {
            if let Some(value) = attribute(name) {
                let url = value.trim();
                if is_web_url(url) {
                    *field = Some(url.to_string());
                } else {
                    warnings.push(Warning {
                        attribute: name,
                        accepts: "an absolute http:// or https:// address",
                    });
                }
            }
        }

        if let Some(value) = attribute(ATTR_EMERGENCY) {
            let number = value.trim();
            if tel_uri(number).is_some() {
                config.emergency_number = Some(number.to_string());
            } else {
                warnings.push(Warning {
                    attribute: ATTR_EMERGENCY,
                    accepts: "a phone number such as 112, 999, 911, 000 or +44 (0)20 7946 0000",
                });
            }
        }

        if let Some(value) = attribute(ATTR_URGENT) {
            let number = value.trim();
            if tel_uri(number).is_some() {
                config.urgent_number = Some(number.to_string());
            } else {
                warnings.push(Warning {
                    attribute: ATTR_URGENT,
                    accepts: "a phone number such as 111 or +44 (0)1560 483200",
                });
            }
        }

        if let Some(value) = keyword(
            &attribute,
            ATTR_REMEMBER,
            &[("true", true), ("", true), ("false", false)],
            &mut warnings,
            "\"true\" or \"false\"",
        ) {
            config.offer_remember = value;
        }

        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)], page_lang: Option<&str>) -> (WidgetOptions, Vec<Warning>) {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        WidgetOptions::from_attributes(
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
        assert_eq!(read(&[], None), (WidgetOptions::default(), vec![]));
    }

    #[test]
    fn the_page_language_is_used_when_the_element_names_none() {
        assert_eq!(read(&[], Some("de-DE")).0.lang, Lang::De);
        assert_eq!(read(&[("data-lang", "en")], Some("de")).0.lang, Lang::En);
    }

    #[test]
    fn invalid_values_fall_back_to_defaults_with_one_warning_each() {
        let (config, warnings) = read(&[("data-lang", "klingon"), ("data-knee", "-5")], None);
        assert_eq!(config, WidgetOptions::default());
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].message().contains("data-lang"));
        assert!(warnings[1].message().contains("0 to 110"));
        assert_eq!(read(&[("data-knee", "111")], None).1.len(), 1);
        assert_eq!(read(&[("data-knee", "9e9")], None).1.len(), 1);
    }

    #[test]
    fn only_web_addresses_are_accepted_as_booking_and_share_links() {
        let (config, warnings) = read(
            &[
                ("data-booking-url", "https://clinic.example/book"),
                ("data-share-url", " https://clinic.example/#/calves "),
            ],
            None,
        );
        assert_eq!(
            config.booking_url.as_deref(),
            Some("https://clinic.example/book")
        );
        assert_eq!(
            config.share_url.as_deref(),
            Some("https://clinic.example/#/calves")
        );
        assert!(warnings.is_empty());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "//clinic.example",
            "https://a b",
        ] {
            let (config, warnings) =
                read(&[("data-booking-url", bad), ("data-share-url", bad)], None);
            assert_eq!(config.booking_url, None, "{bad}");
            assert_eq!(config.share_url, None, "{bad}");
            let named: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
            assert_eq!(named, ["data-booking-url", "data-share-url"]);
        }
    }

    #[test]
    fn the_urgent_number_is_optional_and_must_look_like_a_phone_number() {
        assert_eq!(read(&[], None).0.urgent_number, None);
        assert_eq!(
            read(&[("data-urgent-number", " 111 ")], None)
                .0
                .urgent_number
                .as_deref(),
            Some("111")
        );
        let (config, warnings) = read(&[("data-urgent-number", "javascript:alert(1)")], None);
        assert_eq!(config.urgent_number, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn the_emergency_number_must_look_like_a_phone_number() {
        assert_eq!(
            read(&[("data-emergency-number", "000")], None)
                .0
                .emergency_number
                .as_deref(),
            Some("000")
        );
        let (config, warnings) = read(&[("data-emergency-number", "<b>911</b>")], None);
        assert_eq!(config.emergency_number, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn the_clinic_name_is_kept_as_text_and_shortened() {
        let long = "A".repeat(300);
        let (config, _) = read(&[("data-clinic-name", &long)], None);
        assert_eq!(config.clinic_name.map(|n| n.len()), Some(80));
        let (config, _) = read(&[("data-clinic-name", "<img src=x>")], None);
        assert_eq!(
            config.clinic_name.as_deref(),
            Some("<img src=x>"),
            "rendered as text later"
        );
    }

    #[test]
    fn sections_theme_and_presenter_are_read_with_warnings_for_anything_else() {
        let (config, warnings) = read(
            &[
                ("data-sections", "quiz"),
                ("data-theme", "DARK"),
                ("data-presenter", ""),
            ],
            None,
        );
        assert_eq!(config.sections, Sections::Quiz);
        assert!(!config.sections.diagram());
        assert_eq!(config.theme, Theme::Dark);
        assert!(config.presenter);
        assert!(warnings.is_empty());
        let (config, warnings) = read(&[("data-sections", "all"), ("data-theme", "blue")], None);
        assert_eq!(
            (config.sections, config.theme),
            (Sections::Both, Theme::Auto)
        );
        assert_eq!(warnings.len(), 2);
    }

    #[test]
    fn an_accent_must_be_a_colour_dark_enough_for_white_text() {
        assert_eq!(
            read(&[("data-accent", "#0B6E69")], None)
                .0
                .accent
                .as_deref(),
            Some("#0b6e69")
        );
        assert_eq!(
            read(&[("data-accent", "#036")], None).0.accent.as_deref(),
            Some("#003366")
        );
        for bad in ["#ffff00", "red", "#12345", "url(x)", "#0b6e69;color:red"] {
            let (config, warnings) = read(&[("data-accent", bad)], None);
            assert_eq!(config.accent, None, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}");
        }
        assert_eq!(contrast_with_white_x100("#000000"), Some(2100));
        assert_eq!(contrast_with_white_x100("#ffffff"), Some(100));
    }

    #[test]
    fn the_tabulated_contrast_matches_the_wcag_formula() {
        let linear = |v: u32| {
            let c = f64::from(v) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(17) {
                for b in (0..=255).step_by(51) {
                    let l = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
                    let exact = 105.0 / (l + 0.05);
                    let hex = format!("#{r:02x}{g:02x}{b:02x}");
                    let table = f64::from(contrast_with_white_x100(&hex).unwrap_or(0));
                    assert!((table - exact).abs() < 1.5, "{hex}: {table} vs {exact}");
                }
            }
        }
    }

    #[test]
    fn the_remember_option_can_be_hidden() {
        assert!(!read(&[("data-remember", "false")], None).0.offer_remember);
        assert!(read(&[], None).0.offer_remember);
        assert_eq!(read(&[("data-remember", "maybe")], None).1.len(), 1);
    }

    #[test]
    fn a_valid_knee_angle_is_the_starting_angle() {
        assert_eq!(read(&[("data-knee", " 90 ")], None).0.knee_degrees, 90);
    }
}
