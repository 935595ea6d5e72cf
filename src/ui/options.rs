//! What a widget can be asked to show and how: the options a Leptos app passes to
//! `<SoleusWidget/>`, and that the embed reads from a host element's attributes.
//!
//! Options can come from outside (a clinic's attributes, an app's settings), so the checks
//! that make them safe live here, beside the type, and [`WidgetOptions::checked`] applies
//! them whichever way the options arrived. Plain Rust, tested natively.

use crate::content::Lang;
use crate::model::knee;

/// What the embedding page asked for, already validated.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetOptions {
    /// Language of all words.
    pub lang: Lang,
    /// Knee angle, in degrees, that the explorer starts at.
    pub knee_degrees: u8,
    /// Whether the host asked for no animation, whatever the person's setting.
    pub reduce_motion: bool,
    /// The clinic's name, shown as text in its call to action.
    pub clinic_name: Option<String>,
    /// The clinic's booking page (http or https only).
    pub booking_url: Option<String>,
    /// The address share links open (http or https only): for a host whose own address is
    /// not one a reader can open, such as a single-page app's. `None`: the page's address.
    pub share_url: Option<String>,
    /// The emergency number to show instead of the language's default.
    pub emergency_number: Option<String>,
    /// A clinic-chosen line for urgent, non-emergency medical advice (for example 111 in the
    /// UK), offered on a same-day result; none by default.
    pub urgent_number: Option<String>,
    /// Whether to offer "remember my answers on this device".
    pub offer_remember: bool,
    /// Which parts to show.
    pub sections: Sections,
    /// Colour theme.
    pub theme: Theme,
    /// Accent colour as `#rrggbb`, if the clinic set one that keeps text readable.
    pub accent: Option<String>,
    /// Start in presenter mode (large type, keyboard shortcuts).
    pub presenter: bool,
    /// Names this widget in share links and in storage (letters, digits, `-` and `_`). Two
    /// widgets in one document never share it: a repeated name gets a suffix, with one
    /// warning. `None`: the widget's place among the widgets on the page.
    pub id: Option<String>,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        WidgetOptions {
            lang: Lang::En,
            knee_degrees: knee::MIN_KNEE_DEGREES,
            reduce_motion: false,
            clinic_name: None,
            booking_url: None,
            share_url: None,
            emergency_number: None,
            urgent_number: None,
            offer_remember: true,
            id: None,
            sections: Sections::Both,
            theme: Theme::Auto,
            accent: None,
            presenter: false,
        }
    }
}

/// Which parts of the widget to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sections {
    /// The diagram and knee explorer only.
    Diagram,
    /// The quiz only.
    Quiz,
    /// Both.
    Both,
}

impl Sections {
    /// Whether the diagram is shown.
    pub fn diagram(self) -> bool {
        self != Sections::Quiz
    }

    /// Whether the quiz is shown.
    pub fn quiz(self) -> bool {
        self != Sections::Diagram
    }
}

/// Colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow the person's system setting.
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value the stylesheet's `:host([data-theme=…])` rules read.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The WCAG 2.x relative luminance of `#rrggbb`, times 65535 × 10000: the one place the
/// widget and its tests compute it. The channel curve is tabulated by `build.rs` (so the
/// module carries no `powf`); the weights are WCAG's 0.2126, 0.7152 and 0.0722.
fn relative_luminance_scaled(hex: &str) -> Option<u64> {
    let digits = hex.strip_prefix('#')?;
    if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| -> u64 {
        let value = digits
            .get(i..i + 2)
            .and_then(|pair| u8::from_str_radix(pair, 16).ok())
            .unwrap_or(0);
        u64::from(crate::tables::SRGB_TO_LINEAR[usize::from(value)])
    };
    Some(2126 * channel(0) + 7152 * channel(2) + 722 * channel(4))
}

/// The WCAG contrast ratio between two colours `#rrggbb`, times 100 (integer maths, so no
/// float formatting is needed anywhere): (L1 + 0.05) / (L2 + 0.05), the lighter one on top.
pub fn contrast_x100(a: &str, b: &str) -> Option<u32> {
    let (a, b) = (relative_luminance_scaled(a)?, relative_luminance_scaled(b)?);
    let offset = 5 * 65535 * 10000 / 100;
    u32::try_from((a.max(b) + offset) * 100 / (a.min(b) + offset)).ok()
}

/// The WCAG contrast ratio between white text and the colour `#rrggbb`, times 100.
pub fn contrast_with_white_x100(hex: &str) -> Option<u32> {
    contrast_x100("#ffffff", hex)
}

/// Normalises `#rgb` to `#rrggbb`; `None` for anything else.
pub fn hex_colour(value: &str) -> Option<String> {
    let digits = value.strip_prefix('#')?;
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    match digits.len() {
        6 => Some(value.to_ascii_lowercase()),
        3 => Some(
            digits
                .chars()
                .fold(String::from("#"), |mut out, c| {
                    out.push(c);
                    out.push(c);
                    out
                })
                .to_ascii_lowercase(),
        ),
        _ => None,
    }
}

/// Longest clinic name kept; longer names are cut at a character boundary.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest booking URL accepted.
const MAX_URL_CHARS: usize = 500;

/// Whether `url` is an absolute http or https URL without spaces or control characters, so
/// it is safe as a link target (no `javascript:` or `data:` links).
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    scheme_ok
        && url.len() <= MAX_URL_CHARS
        && url.len() > "http://".len() + 1
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<')
}

/// A widget key from the host's `id`: letters, digits, `-` and `_` only, at most 40 of them,
/// so it is safe in a URL fragment and a storage key; `None` if nothing usable is left.
pub fn key_from_id(id: &str) -> Option<String> {
    let key: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect();
    (!key.is_empty()).then_some(key)
}

/// The most digits a phone number has (E.164).
const MAX_PHONE_DIGITS: usize = 15;

/// The `tel:` URI (RFC 3966) that dials `number` as a clinic writes it, or `None` when it is
/// not a phone number.
///
/// Digits with visual separators (spaces, `-`, `.` and balanced parentheses) and at most one
/// `+`, only at the start (a global number, at least 3 digits). After a global number's
/// country code, a trunk prefix written `(0)` is dropped, because it is never dialled from
/// abroad: `+44 (0)1560 483200` dials `tel:+441560483200`. 2 to 15 digits in all.
pub fn tel_uri(number: &str) -> Option<String> {
    // Byte by byte, with no substring search or formatting: both would pull large parts of
    // the standard library into the module for a few characters of work.
    let bytes = number.trim().as_bytes();
    let (global, bytes) = match bytes.split_first() {
        Some((b'+', rest)) => (true, rest),
        _ => (false, bytes),
    };
    let mut uri = String::from(if global { "tel:+" } else { "tel:" });
    let mut digits = 0;
    let mut open = false;
    // Where a global number is: before its country code, in it, in the spaces after it (where
    // a trunk "(0)" may stand), or past it.
    let mut part = if global { Part::Start } else { Part::Past };
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        at += 1;
        match byte {
            b'0'..=b'9' => {
                uri.push(char::from(byte));
                digits += 1;
                part = match part {
                    Part::Start | Part::Country => Part::Country,
                    Part::AfterCountry | Part::Past => Part::Past,
                };
            }
            b' ' => {
                if part == Part::Country {
                    part = Part::AfterCountry;
                }
            }
            b'(' if matches!(part, Part::Country | Part::AfterCountry)
                && bytes.get(at..at + 2) == Some(&b"0)"[..]) =>
            {
                at += 2;
                part = Part::Past;
            }
            b'(' if !open => {
                open = true;
                part = Part::Past;
            }
            b')' if open => open = false,
            b'-' | b'.' => part = Part::Past,
            _ => return None,
        }
    }
    let least = if global { 3 } else { 2 };
    (!open && (least..=MAX_PHONE_DIGITS).contains(&digits)).then_some(uri)
}

/// Where [`tel_uri`] is in a global number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Country,
    AfterCountry,
    Past,
}

/// A rejected option value: which option (by its attribute name, as clinics write it), and
/// what it accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The option's attribute name, e.g. `data-knee`.
    pub attribute: &'static str,
    /// What the option accepts, in words.
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

/// What the knee option accepts.
pub const KNEE_ACCEPTS: &str = "a whole number of degrees from 0 to 110";

impl WidgetOptions {
    /// The options with every value made safe, and one [`Warning`] for each value that failed
    /// its check (its default is used instead): the knee angle within range, the accent dark
    /// enough for white text, a non-empty clinic name, web addresses only as links, phone
    /// numbers that dial. This is the only place option values are checked: the embed hands
    /// over what it read, an app what it set, and [`SoleusWidget`](crate::SoleusWidget)
    /// calls this once and logs the warnings.
    pub fn checked(mut self) -> (WidgetOptions, Vec<Warning>) {
        let mut warnings = Vec::new();
        let mut refuse = |attribute, accepts| warnings.push(Warning { attribute, accepts });

        if self.knee_degrees > knee::MAX_KNEE_DEGREES {
            refuse(ATTR_KNEE, KNEE_ACCEPTS);
            self.knee_degrees = knee::MIN_KNEE_DEGREES;
        }
        if let Some(accent) = self.accent.take() {
            // White text sits on the accent, so it must keep WCAG AA contrast (4.5:1).
            match hex_colour(accent.trim()) {
                Some(hex) if contrast_with_white_x100(&hex).is_some_and(|c| c >= 450) => {
                    self.accent = Some(hex);
                }
                _ => refuse(
                    ATTR_ACCENT,
                    "a colour like #0b6e69 dark enough for white text (4.5:1 contrast)",
                ),
            }
        }
        if let Some(name) = self.clinic_name.take() {
            let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
            if name.is_empty() {
                refuse(ATTR_CLINIC, "the clinic's name as text");
            } else {
                self.clinic_name = Some(name);
            }
        }
        for (attribute, field) in [
            (ATTR_BOOKING, &mut self.booking_url),
            (ATTR_SHARE_URL, &mut self.share_url),
        ] {
            if let Some(url) = field.take() {
                let url = url.trim();
                if is_web_url(url) {
                    *field = Some(url.to_string());
                } else {
                    refuse(attribute, "an absolute http:// or https:// address");
                }
            }
        }
        for (attribute, field, accepts) in [
            (
                ATTR_EMERGENCY,
                &mut self.emergency_number,
                "a phone number such as 112, 999, 911, 000 or +44 (0)20 7946 0000",
            ),
            (
                ATTR_URGENT,
                &mut self.urgent_number,
                "a phone number such as 111 or +44 (0)1560 483200",
            ),
        ] {
            if let Some(number) = field.take() {
                let number = number.trim();
                if tel_uri(number).is_some() {
                    *field = Some(number.to_string());
                } else {
                    refuse(attribute, accepts);
                }
            }
        }
        self.id = self.id.and_then(|id| key_from_id(&id));
        (self, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dial_as_rfc_3966_tel_uris_with_the_trunk_zero_dropped_after_a_country_code() {
        assert_eq!(
            tel_uri("+44 (0)1560 483200").as_deref(),
            Some("tel:+441560483200")
        );
        assert_eq!(
            tel_uri("+49 (0)30 123456").as_deref(),
            Some("tel:+4930123456")
        );
        assert_eq!(tel_uri(" 112 ").as_deref(), Some("tel:112"));
        assert_eq!(tel_uri("(030) 123-456").as_deref(), Some("tel:030123456"));
        assert_eq!(
            tel_uri("+1 415.555.0100").as_deref(),
            Some("tel:+14155550100")
        );
        for refused in [
            "11+2",
            "++44 1234",
            "1",
            "+12",
            "call me",
            "(030 123",
            "030) 123",
            "((0)30)",
            "1234567890123456",
            "javascript:1",
        ] {
            assert_eq!(tel_uri(refused), None, "{refused}");
        }
    }

    #[test]
    fn unsafe_options_from_an_app_are_dropped_for_their_defaults_with_a_warning_each() {
        let (options, warnings) = WidgetOptions {
            knee_degrees: 200,
            booking_url: Some("javascript:alert(1)".into()),
            emergency_number: Some("call me".into()),
            accent: Some("#ffff00".into()),
            clinic_name: Some("   ".into()),
            id: Some("<x>".into()),
            ..WidgetOptions::default()
        }
        .checked();
        let warned: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(
            warned,
            [
                ATTR_KNEE,
                ATTR_ACCENT,
                ATTR_CLINIC,
                ATTR_BOOKING,
                ATTR_EMERGENCY
            ]
        );
        assert_eq!(options.knee_degrees, knee::MIN_KNEE_DEGREES);
        assert_eq!(options.booking_url, None);
        assert_eq!(options.emergency_number, None);
        assert_eq!(options.accent, None, "white text on yellow is unreadable");
        assert_eq!(options.clinic_name, None);
        assert_eq!(options.id.as_deref(), Some("x"));
    }

    #[test]
    fn safe_options_pass_unchanged() {
        let options = WidgetOptions {
            booking_url: Some("https://clinic.example/book".into()),
            emergency_number: Some("999".into()),
            accent: Some("#0b6e69".into()),
            clinic_name: Some("Harbour Street".into()),
            id: Some("calf-1".into()),
            ..WidgetOptions::default()
        };
        assert_eq!(options.clone().checked(), (options, vec![]));
    }
}
