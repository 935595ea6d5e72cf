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
    let phone = "[+]?[0-9]{2,4}( [0-9]{2,4}){0,2}";
    let not_phone = prop_oneof![
        Just("call me".to_string()),
        "[a-z<>\"]{1,10}",
        Just("1".into())
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
        let (config, warnings) =
            WidgetOptions::from_attributes(|name| values.get(name).cloned(), None);
        let invalid: Vec<&str> = case
            .iter()
            .filter(|(_, v)| matches!(v, Some(Value::Invalid(_))))
            .map(|(name, _)| *name)
            .collect();
        let warned: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
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
