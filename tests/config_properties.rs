//! Property tests of the attribute parser: one strategy per attribute mixes valid values,
//! invalid ones and absence, and the parser must take every valid value, warn once for every
//! invalid one (naming the attribute), and still give a safe configuration. Each case counts
//! as reaching the check when it has at least one valid and one invalid attribute; the test
//! prints that reach and fails below a third of the cases.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;
use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use soleus::model::knee;
use soleus::ui::WidgetOptions;

/// An attribute's value in a case, and whether the parser must accept it.
#[derive(Clone, Debug)]
enum Value {
    Valid(String),
    Invalid(String),
}

/// Valid and invalid values for one attribute.
fn attribute(
    valid: impl Strategy<Value = String> + 'static,
    invalid: impl Strategy<Value = String> + 'static,
) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        1 => Just(None),
        2 => valid.prop_map(|v| Some(Value::Valid(v))),
        2 => invalid.prop_map(|v| Some(Value::Invalid(v))),
    ]
}

fn one_of(words: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(words).prop_map(str::to_string)
}

fn attributes() -> impl Strategy<Value = Vec<(&'static str, Option<Value>)>> {
    let phone = "([+][0-9]{1,3} (\\(0\\))?)?[0-9]{2,4}( [0-9]{2,4}){0,2}";
    let not_phone = prop_oneof![
        Just("call me".to_string()),
        "[a-z<>\"]{1,10}",
        Just("1".into()),
        Just("11+2".into()),
        Just("++44 1234".into()),
    ];
    (
        (
            attribute(
                one_of(&["en", "de", "DE-at", " en "]),
                one_of(&["xx", "fr", "", "english"]),
            ),
            attribute(
                (0u8..=110).prop_map(|d| d.to_string()),
                prop_oneof![
                    (111u16..1000).prop_map(|d| d.to_string()),
                    Just("-5".to_string()),
                    "[a-z.]{1,6}",
                ],
            ),
            attribute(
                one_of(&["auto", "reduce", "REDUCE"]),
                one_of(&["slow", "none", "1"]),
            ),
            attribute(
                one_of(&["diagram", "quiz", "both"]),
                one_of(&["all", "cards", "0"]),
            ),
            attribute(
                one_of(&["auto", "light", "dark"]),
                one_of(&["blue", "night"]),
            ),
            attribute(
                one_of(&["#0b6e69", "#000", "#1a4d8f"]),
                one_of(&["#ffff00", "red", "#12345", "javascript:"]),
            ),
        ),
        (
            attribute(one_of(&["true", "false", ""]), one_of(&["yes", "1", "on"])),
            attribute("[A-Za-z][A-Za-z &<>]{0,30}", one_of(&["", "   "])),
            attribute(
                "https?://[a-z]{1,10}\\.example/[a-z]{0,8}",
                one_of(&[
                    "javascript:alert(1)",
                    "ftp://x.example",
                    "//x.example",
                    "book",
                ]),
            ),
            attribute(phone, not_phone.clone()),
            attribute(phone, not_phone),
            attribute(one_of(&["true", "false", ""]), one_of(&["maybe", "2"])),
        ),
    )
        .prop_map(
            |(
                (lang, knee, motion, sections, theme, accent),
                (presenter, clinic, booking, emergency, urgent, remember),
            )| {
                vec![
                    ("data-lang", lang),
                    ("data-knee", knee),
                    ("data-motion", motion),
                    ("data-sections", sections),
                    ("data-theme", theme),
                    ("data-accent", accent),
                    ("data-presenter", presenter),
                    ("data-clinic-name", clinic),
                    ("data-booking-url", booking),
                    ("data-emergency-number", emergency),
                    ("data-urgent-number", urgent),
                    ("data-remember", remember),
                ]
            },
        )
}

#[test]
fn every_attribute_is_taken_when_valid_and_warned_about_once_when_not() {
    let reached = Cell::new(0u32);
    let total = Cell::new(0u32);
    let mut runner = TestRunner::new(Config::with_cases(3000));
    let result = runner.run(&attributes(), |case| {
        total.set(total.get() + 1);
        let values: BTreeMap<&str, String> = case
            .iter()
            .filter_map(|(name, value)| match value {
                Some(Value::Valid(v) | Value::Invalid(v)) => Some((*name, v.clone())),
                None => None,
            })
            .collect();
        // The embed's path: its parsing, then the widget's checks.
        let (parsed, mut warnings) =
            WidgetOptions::from_attributes(|name| values.get(name).cloned(), None);
        let (config, checked) = parsed.checked();
        warnings.extend(checked);
        let invalid: Vec<&str> = case
            .iter()
            .filter(|(_, v)| matches!(v, Some(Value::Invalid(_))))
            .map(|(name, _)| *name)
            .collect();
        let mut warned: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
        warned.sort_unstable();
        let mut invalid = invalid;
        invalid.sort_unstable();
        prop_assert_eq!(&warned, &invalid);
        for warning in &warnings {
            prop_assert!(warning.message().contains(warning.attribute));
        }
        for (name, value) in &case {
            if let Some(Value::Valid(v)) = value {
                let taken = match *name {
                    "data-knee" => config.knee_degrees.to_string() == v.trim(),
                    "data-booking-url" => config.booking_url.as_deref() == Some(v.trim()),
                    "data-emergency-number" => config.emergency_number.as_deref() == Some(v.trim()),
                    "data-urgent-number" => config.urgent_number.as_deref() == Some(v.trim()),
                    "data-clinic-name" => config.clinic_name.as_deref() == Some(v.trim()),
                    _ => true,
                };
                prop_assert!(taken, "{} = {:?} was not taken: {:?}", name, v, config);
            }
        }
        prop_assert!(config.knee_degrees <= knee::MAX_KNEE_DEGREES);
        if let Some(accent) = &config.accent {
            prop_assert!(accent.len() == 7 && accent.starts_with('#'));
        }
        if let Some(url) = &config.booking_url {
            prop_assert!(url.starts_with("http://") || url.starts_with("https://"));
        }
        let valid_count = case
            .iter()
            .filter(|(_, v)| matches!(v, Some(Value::Valid(_))))
            .count();
        if valid_count > 0 && !invalid.is_empty() {
            reached.set(reached.get() + 1);
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    println!(
        "reach: attributes with valid and invalid values: {} of {} cases",
        reached.get(),
        total.get()
    );
    assert!(reached.get() * 3 >= total.get());
}

/// A phone number as clinics write it: an optional `+` and country code, an optional `(0)`
/// trunk prefix after it, then groups of digits with visual separators; and what it dials.
fn written_number() -> impl Strategy<Value = (String, String)> {
    (
        proptest::option::of("[1-9][0-9]{0,2}"),
        any::<bool>(),
        proptest::collection::vec(
            ("[0-9]{1,4}", prop_oneof![Just(" "), Just("-"), Just(".")]),
            1..4,
        ),
    )
        .prop_map(|(country, trunk, groups)| {
            let mut written = String::new();
            let mut dialled = String::from("tel:");
            if let Some(country) = &country {
                written.push('+');
                written.push_str(country);
                written.push(' ');
                dialled.push('+');
                dialled.push_str(country);
                if trunk {
                    written.push_str("(0)");
                }
            }
            for (digits, separator) in &groups {
                written.push_str(digits);
                written.push_str(separator);
                dialled.push_str(digits);
            }
            (written, dialled)
        })
}

/// Every number a clinic may write dials exactly its digits (with a global number's `+`,
/// and never the trunk zero after a country code); anything else is refused, and what is
/// accepted is always a well-formed `tel:` URI. Reach is counted and printed per decision.
#[test]
fn phone_numbers_dial_their_digits_and_anything_else_is_refused() {
    use soleus::ui::tel_uri;
    let (accepted, refused, structured) = (Cell::new(0u32), Cell::new(0u32), Cell::new(0u32));
    let mut runner = TestRunner::new(Config::with_cases(3000));
    let strategy = prop_oneof![
        2 => written_number().prop_map(Some),
        1 => "[0-9 +()\\-.a-z]{0,22}".prop_map(|s| Some((s, String::new()))),
        1 => Just(None),
    ];
    let result = runner.run(&strategy, |case| {
        let Some((written, dialled)) = case else {
            return Ok(());
        };
        let got = tel_uri(&written);
        let digits_in = |s: &str| s.chars().filter(char::is_ascii_digit).count();
        if !dialled.is_empty() {
            let fits = digits_in(&dialled) >= if dialled.contains('+') { 3 } else { 2 }
                && digits_in(&dialled) <= 15;
            prop_assert_eq!(got.clone(), fits.then(|| dialled.clone()), "{:?}", written);
            structured.set(structured.get() + 1);
        }
        match got {
            Some(uri) => {
                let body = uri.strip_prefix("tel:").unwrap_or("!");
                let body = body.strip_prefix('+').unwrap_or(body);
                prop_assert!(
                    !body.is_empty() && body.chars().all(|c| c.is_ascii_digit()),
                    "{}",
                    uri
                );
                prop_assert!(
                    written.matches('+').count() <= 1
                        && !written.trim().get(1..).unwrap_or("").contains('+')
                );
                accepted.set(accepted.get() + 1);
            }
            None => refused.set(refused.get() + 1),
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    println!(
        "reach: phone numbers: {} accepted, {} refused, {} written as clinics write them",
        accepted.get(),
        refused.get(),
        structured.get()
    );
    assert!(accepted.get() > 500 && refused.get() > 300 && structured.get() > 1000);
}
