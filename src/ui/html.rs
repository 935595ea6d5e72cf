//! A tiny builder for static, escaped HTML.
//!
//! Large read-only blocks (exercise cards, fact lists, tables, source lists) are rendered
//! once as one escaped string and set with `inner_html`. Building them with typed view
//! elements would compile every element into code of its own; one string costs a few bytes
//! per element instead, which matters on a runner's phone. Everything passed as text is
//! escaped, so words and clinic-supplied names can never become markup.

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// An empty fragment.
    pub fn new() -> Html {
        Html(String::with_capacity(1024))
    }

    /// Opens `<tag class="class">` (no class attribute when `class` is empty).
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.0.push_str(" class=\"");
            self.0.push_str(class);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Opens `<tag name="value" …>`. Names are the code's own; values are escaped, so a
    /// clinic-supplied address or label can never break out of its quotes.
    pub fn open_with(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        self.attributes(attributes);
        self.0.push('>');
        self
    }

    /// ` name="value"` for each pair, values escaped.
    fn attributes(&mut self, attributes: &[(&str, &str)]) {
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.text(value);
            self.0.push('"');
        }
    }

    /// A `<button type="button">` whose click the widget's one listener routes by its
    /// `data-action` (and `data-value`, when the action needs one).
    pub fn button(&mut self, class: &str, action: &str, label: &str) -> &mut Html {
        self.button_with(class, action, &[], label)
    }

    /// [`Html::button`] with more attributes (`aria-pressed`, `data-value`).
    pub fn button_with(
        &mut self,
        class: &str,
        action: &str,
        attributes: &[(&str, &str)],
        label: &str,
    ) -> &mut Html {
        self.0.push_str("<button type=\"button\" class=\"");
        self.0.push_str(class);
        self.0.push_str("\" data-action=\"");
        self.0.push_str(action);
        self.0.push('"');
        self.attributes(attributes);
        self.0.push('>');
        self.text(label).close("button")
    }

    /// A labelled on/off switch (a native checkbox) whose changes the widget's one listener
    /// routes by `action`; `class` is added to the label's `sol-switch`.
    pub fn switch(&mut self, class: &str, action: &str, checked: bool, label: &str) -> &mut Html {
        self.0.push_str("<label class=\"sol-switch ");
        self.0.push_str(class);
        self.0
            .push_str("\"><input type=\"checkbox\" class=\"sol-switch__input\" data-action=\"");
        self.0.push_str(action);
        self.0.push('"');
        if checked {
            self.0.push_str(" checked");
        }
        self.0.push('>');
        self.element("span", "", label).close("label")
    }

    /// Appends markup the code wrote itself (SVG drawing commands, never outside input).
    pub fn raw(&mut self, markup: &str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Appends `text`, escaped.
    pub fn text(&mut self, text: &str) -> &mut Html {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Html {
        self.open(tag, class).text(text).close(tag)
    }

    /// `<p><strong>label: </strong>text</p>`.
    pub fn labelled(&mut self, label: &str, text: &str) -> &mut Html {
        self.open("p", "")
            .open("strong", "")
            .text(label)
            .text(": ")
            .close("strong");
        self.text(text).close("p")
    }

    /// `<a href="url" target="_blank" rel="noopener noreferrer">text</a>`; only for the
    /// registry's checked `https://` addresses, never for outside input.
    pub fn link(&mut self, url: &str, text: &str) -> &mut Html {
        if !url.starts_with("https://") {
            return self.text(text);
        }
        self.0.push_str("<a href=\"");
        self.text(url);
        self.0
            .push_str("\" target=\"_blank\" rel=\"noopener noreferrer\">");
        self.text(text).close("a")
    }

    /// `<th scope="scope">text</th>`: a column or row header.
    pub fn header_cell(&mut self, scope: &str, text: &str) -> &mut Html {
        self.0.push_str("<th scope=\"");
        self.0.push_str(scope);
        self.0.push_str("\">");
        self.text(text).close("th")
    }

    /// A labelled radio button or checkbox: `<label class="sol-option"><input type="kind"
    /// name="name" value="value" data-action="name" [checked]><span>label</span></label>`.
    /// Its changes reach the widget's one listener, routed by `name`.
    pub fn choice(
        &mut self,
        kind: &str,
        name: &str,
        value: usize,
        checked: bool,
        label: &str,
    ) -> &mut Html {
        self.0
            .push_str("<label class=\"sol-option\"><input type=\"");
        self.0.push_str(kind);
        self.0.push_str("\" name=\"");
        self.0.push_str(name);
        self.0.push_str("\" value=\"");
        self.0.push_str(&value.to_string());
        self.0.push_str("\" data-action=\"");
        self.0.push_str(name);
        self.0.push('"');
        if checked {
            self.0.push_str(" checked");
        }
        self.0.push('>');
        self.element("span", "", label).close("label")
    }

    /// The finished markup.
    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_so_it_can_never_become_markup() {
        let mut html = Html::new();
        html.element("p", "sol-x", "<img src=x onerror=\"alert(1)\"> & 'q'");
        assert_eq!(
            html.finish(),
            "<p class=\"sol-x\">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;</p>"
        );
    }
}
