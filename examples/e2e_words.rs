//! Prints every string the widget shows, per language, as JSON: `{"en": {"title": "…",
//! "muscles[0].name": "Soleus", …}, "de": {…}, "claims": [{"name": "Anatomy", "sources":
//! [0, 3]}, …], "sources": [{"short": "Gray's Anatomy 1918", "url": ""}, …]}`, keyed by
//! `Lang::all_strings`' names, the claims in `Claim::ALL` order with their sources' places in
//! the registry, and each source's label and address in the registry's order. The end-to-end
//! tests take the words they look for, the claims they check and the labels they expect from
//! here (tests/e2e/harness.mjs), so a changed label or source changes what they expect instead
//! of breaking them or going unchecked.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use soleus::content::Lang;

    let mut languages = serde_json::Map::new();
    for lang in Lang::ALL {
        let words: serde_json::Map<String, serde_json::Value> = lang
            .all_strings()
            .into_iter()
            .map(|(name, text)| (name, text.into()))
            .collect();
        languages.insert(lang.tag().to_string(), words.into());
    }
    use soleus::model::evidence::{any_citation, Claim, SOURCES};
    let claims: Vec<serde_json::Value> = Claim::ALL
        .iter()
        .map(|claim| {
            let sources: Vec<usize> = claim
                .sources()
                .iter()
                .filter_map(|id| SOURCES.iter().position(|s| s.id == *id))
                .collect();
            serde_json::json!({ "name": format!("{claim:?}"), "sources": sources })
        })
        .collect();
    languages.insert("claims".to_string(), claims.into());
    let sources: Vec<serde_json::Value> = SOURCES
        .iter()
        .map(|source| {
            let citation = any_citation(source.id);
            serde_json::json!({ "short": citation.short, "url": citation.url })
        })
        .collect();
    languages.insert("sources".to_string(), sources.into());
    println!("{}", serde_json::Value::Object(languages));
}

/// The tests run natively; built for wasm (as the lints do), the example does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
