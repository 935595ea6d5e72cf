//! The widget's configuration, read from the host element's attributes.
//!
//! Attributes are outside input. Here the words that choose (language, sections, theme,
//! motion, presenter, remember) and the knee's number are parsed, with a [`Warning`] naming
//! the attribute for one that does not parse; text values (accent, clinic name, links,
//! numbers) are handed on as written to [`WidgetOptions::checked`], the one place every value
//! is checked, which `SoleusWidget` runs. Nothing here can panic. Plain Rust, tested natively.

use crate::content::Lang;
use crate::ui::options::{Sections, Theme, WidgetOptions, KNEE_ACCEPTS};

pub use crate::ui::options::{
    Warning, ATTR_ACCENT, ATTR_BOOKING, ATTR_CLINIC, ATTR_EMERGENCY, ATTR_KNEE, ATTR_LANG,
    ATTR_MOTION, ATTR_PRESENTER, ATTR_REMEMBER, ATTR_SECTIONS, ATTR_SHARE_URL, ATTR_THEME,
    ATTR_URGENT,
};

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
            // Read as a number here; its range is checked with every other value.
            match value.trim().parse::<u8>() {
                Ok(degrees) => config.knee_degrees = degrees,
                Err(_) => warnings.push(Warning {
                    attribute: ATTR_KNEE,
                    accepts: KNEE_ACCEPTS,
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

        // Text values are taken as written: `WidgetOptions::checked` checks them.
        config.accent = attribute(ATTR_ACCENT);
        config.clinic_name = attribute(ATTR_CLINIC);
        config.booking_url = attribute(ATTR_BOOKING);
        config.share_url = attribute(ATTR_SHARE_URL);
        config.emergency_number = attribute(ATTR_EMERGENCY);
        config.urgent_number = attribute(ATTR_URGENT);

        if let Some(value) = keyword(
            &attribute,
            ATTR_PRESENTER,
            &[("true", true), ("", true), ("false", false)],
            &mut warnings,
            "\"true\" or \"false\"",
        ) {
            config.presenter = value;
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
    use crate::ui::options::contrast_with_white_x100;

    /// What a widget gets from `pairs` of attributes, and every warning on the way: the
    /// embed's parsing, then the widget's checks.
    fn read(pairs: &[(&str, &str)], page_lang: Option<&str>) -> (WidgetOptions, Vec<Warning>) {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (parsed, mut warnings) = WidgetOptions::from_attributes(
            |name| {
                owned
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            },
            page_lang.map(str::to_string),
        );
        let (options, checked) = parsed.checked();
        warnings.extend(checked);
        (options, warnings)
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
    fn the_contrast_matches_published_wcag_ratios() {
        // Well-known ratios against white, as the WebAIM contrast checker shows them: #767676
        // is the lightest grey that passes AA, #777777 the first that fails.
        for (hex, published) in [
            ("#767676", 454),
            ("#777777", 448),
            ("#595959", 700),
            ("#ff0000", 400),
            ("#0000ff", 859),
        ] {
            let ours = contrast_with_white_x100(hex).unwrap_or(0);
            assert!(
                ours.abs_diff(published) <= 1,
                "{hex}: {ours} vs {published}"
            );
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
