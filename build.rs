//! Minifies the widget's stylesheet at build time, so the module carries no comments or
//! indentation (the CSS is compiled into the wasm; see `embed::mount`).

use std::{env, fs, path::Path};

/// Removes comments, collapses whitespace, and drops spaces around `{ } ; ,`. Spaces next to
/// `:` are kept (`.a :focus` and `.a:focus` differ) and so are those inside `calc()`.
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    without_comments.push_str(rest);

    let collapsed = without_comments
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            if before.is_some_and(tight) || after.is_some_and(tight) {
                continue;
            }
        }
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}

fn main() {
    let source = "style/widget.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("style/widget.css belongs to the crate");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    fs::write(Path::new(&out_dir).join("widget.min.css"), minify(&css))
        .expect("OUT_DIR is writable");
}
