//! The drawings' colours, read from the stylesheet: every pair that carries meaning in the
//! calf illustration and the exercise pictures stands out by at least 3:1 (WCAG 2.2, 1.4.11
//! non-text contrast), in the light and the dark theme, and the dark theme is the same
//! whether a page chooses it or the reader's system does.

use std::collections::HashMap;

const STYLESHEET: &str = include_str!("../style/widget.css");

/// The `--sol-*: #rrggbb` tokens of the first rule block that starts with `selector`.
fn tokens(selector: &str) -> HashMap<String, String> {
    let start = STYLESHEET
        .find(selector)
        .unwrap_or_else(|| panic!("the stylesheet has {selector}"));
    let body = &STYLESHEET[start..];
    let open = body.find('{').expect("a rule block");
    let close = body.find('}').expect("a closed rule block");
    body[open + 1..close]
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let (name, value) = (name.trim(), value.trim());
            (name.starts_with("--sol-") && value.starts_with('#'))
                .then(|| (name.to_string(), value.to_string()))
        })
        .collect()
}

/// The WCAG contrast ratio of two colours, from the widget's own (and only) luminance function.
fn contrast(a: &str, b: &str) -> f64 {
    let x100 = soleus::ui::options::contrast_x100(a, b).expect("the tokens are #rrggbb colours");
    f64::from(x100) / 100.0
}

/// What must stand out from what: outlines from the background they are drawn on, and the
/// muscles from the skin they are drawn over.
const PAIRS: [(&str, &str); 5] = [
    ("--sol-skin-edge", "--sol-surface"),
    ("--sol-skin-edge", "--sol-bg"),
    ("--sol-soleus", "--sol-skin"),
    ("--sol-gastrocnemius", "--sol-skin"),
    ("--sol-soleus", "--sol-surface"),
];

#[test]
fn the_drawings_stand_out_by_three_to_one_in_both_themes() {
    let light = tokens(":host,\n.sol-light-dom {");
    let dark = tokens(":host([data-theme=\"dark\"]),");
    for (theme, colours) in [("light", &light), ("dark", &dark)] {
        for (front, back) in PAIRS {
            let ratio = contrast(&colours[front], &colours[back]);
            assert!(
                ratio >= 3.0,
                "{theme}: {front} {} on {back} {} is {ratio:.2}:1",
                colours[front],
                colours[back]
            );
        }
    }
}

#[test]
fn the_system_dark_theme_is_the_chosen_dark_theme() {
    let chosen = tokens(":host([data-theme=\"dark\"]),");
    let system = tokens("  :host(:not([data-theme=\"light\"])),");
    assert!(chosen.len() >= 10, "{chosen:?}");
    assert_eq!(chosen, system);
}
