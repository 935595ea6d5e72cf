//! Build-time work that keeps the module small:
//! - minifies the widget's stylesheets with Lightning CSS, so the module carries no comments or
//!   indentation (the CSS is compiled into the wasm; see `embed::mount`);
//! - tabulates the two curves the widget needs (sRGB to linear light for the accent's
//!   contrast check, and the sine for bending the drawn knee), so the module carries no
//!   power or trigonometric functions, which cost several kilobytes each.

use std::{env, fs, path::Path};

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

/// A stylesheet minified by Lightning CSS (no browser targets: nothing is rewritten for old
/// browsers, only comments, whitespace and redundant syntax go).
fn minify(source: &str, css: &str) -> String {
    let mut sheet = StyleSheet::parse(css, ParserOptions::default())
        .unwrap_or_else(|error| panic!("{source} does not parse: {error}"));
    sheet
        .minify(MinifyOptions::default())
        .unwrap_or_else(|error| panic!("{source} does not minify: {error}"));
    sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .unwrap_or_else(|error| panic!("{source} does not print: {error}"))
        .code
}

fn main() {
    // The split step reads the linker's relocations to move the quiz's code into its own
    // module; only the embed's binary is split, so only its link keeps them.
    if env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    // The first screen's styles, and the quiz steps' (which ship with the quiz's code).
    for sheet in ["widget", "quiz"] {
        let source = format!("style/{sheet}.css");
        println!("cargo:rerun-if-changed={source}");
        let css = fs::read_to_string(&source)
            .unwrap_or_else(|error| panic!("{source} belongs to the crate: {error}"));
        fs::write(
            Path::new(&out_dir).join(format!("{sheet}.min.css")),
            minify(&source, &css),
        )
        .expect("OUT_DIR is writable");
    }
    fs::write(Path::new(&out_dir).join("tables.rs"), tables()).expect("OUT_DIR is writable");
}

/// Rust source for the lookup tables (see the module comment).
fn tables() -> String {
    // WCAG 2.x relative luminance of each 8-bit sRGB channel value, scaled to 0..=65535.
    let linear: Vec<String> = (0..=255u32)
        .map(|value| {
            let c = f64::from(value) / 255.0;
            let l = if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            ((l * 65535.0).round() as u32).to_string()
        })
        .collect();
    // sin(d°) for whole degrees 0..=90, scaled to 0..=10000.
    let sine: Vec<String> = (0..=90u32)
        .map(|d| ((f64::from(d).to_radians().sin() * 10000.0).round() as u32).to_string())
        .collect();
    format!(
        "/// WCAG relative luminance of an 8-bit sRGB channel, times 65535.\n\
         pub const SRGB_TO_LINEAR: [u16; 256] = [{}];\n\
         /// sin(d°) for whole degrees d = 0..=90, times 10000.\n\
         pub const SINE_X10000: [u16; 91] = [{}];\n",
        linear.join(","),
        sine.join(",")
    )
}
