//! The few DOM operations the widget's views need, on one widget's root element.
//!
//! Each view renders its markup once with [`super::html::Html`], then keeps it current with
//! small updates that change only what moved: a text, an attribute, a class. Every helper
//! skips the write when the value is already there, so sweeping the knee slider changes a
//! handful of attributes per frame and nothing else.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// One widget's root element, with lookups scoped to it (ids repeat across widgets, each in
/// its own shadow root).
#[derive(Clone)]
pub struct Dom(Element);

impl Dom {
    /// Operations on `root` and its descendants.
    pub fn new(root: Element) -> Dom {
        Dom(root)
    }

    /// The root element.
    pub fn root(&self) -> &Element {
        &self.0
    }

    /// The first element matching `selector`, if any.
    pub fn find(&self, selector: &str) -> Option<Element> {
        self.0.query_selector(selector).ok().flatten()
    }

    /// Calls `each` with every element matching `selector`.
    pub fn for_each(&self, selector: &str, mut each: impl FnMut(Element)) {
        if let Ok(list) = self.0.query_selector_all(selector) {
            for index in 0..list.length() {
                if let Some(element) = list.item(index).and_then(|n| n.dyn_into().ok()) {
                    each(element);
                }
            }
        }
    }

    /// Sets the text of the element matching `selector`.
    pub fn set_text(&self, selector: &str, text: &str) {
        if let Some(element) = self.find(selector) {
            set_text(&element, text);
        }
    }

    /// Sets attribute `name` of the element matching `selector`.
    pub fn set_attr(&self, selector: &str, name: &str, value: &str) {
        if let Some(element) = self.find(selector) {
            set_attr(&element, name, value);
        }
    }

    /// Sets the custom property `property` (such as `--sol-fill`) on the element matching
    /// `selector`.
    pub fn set_style(&self, selector: &str, property: &str, value: &str) {
        if let Some(element) = self.find(selector) {
            set_style(&element, property, value);
        }
    }

    /// Adds or removes `class` on the element matching `selector`.
    pub fn set_class(&self, selector: &str, class: &str, on: bool) {
        if let Some(element) = self.find(selector) {
            let _ = element.class_list().toggle_with_force(class, on);
        }
    }

    /// Replaces the contents of the element matching `selector` with `html`, which must come
    /// from [`super::html::Html`] (text in it is escaped).
    pub fn set_html(&self, selector: &str, html: &str) {
        if let Some(element) = self.find(selector) {
            element.set_inner_html(html);
        }
    }

    /// Shows or hides the element matching `selector` (the `hidden` attribute also hides it
    /// from screen readers).
    pub fn set_hidden(&self, selector: &str, hidden: bool) {
        if let Some(element) = self.find(selector) {
            set_flag(&element, "hidden", hidden);
        }
    }

    /// Moves keyboard focus to the element matching `selector`.
    pub fn focus(&self, selector: &str) {
        if let Some(element) = self
            .find(selector)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    }

    /// Sets the value of the input matching `selector`, unless it already has it (so the
    /// caret and a slider being dragged stay where they are).
    pub fn set_value(&self, selector: &str, value: &str) {
        if let Some(input) = self.input(selector) {
            if input.value() != value {
                input.set_value(value);
            }
        }
    }

    /// Ticks or unticks the checkbox matching `selector`.
    pub fn set_checked(&self, selector: &str, checked: bool) {
        if let Some(input) = self.input(selector) {
            if input.checked() != checked {
                input.set_checked(checked);
            }
        }
    }

    fn input(&self, selector: &str) -> Option<HtmlInputElement> {
        self.find(selector).and_then(|e| e.dyn_into().ok())
    }

    /// Whether keyboard focus is inside the element matching `selector`.
    pub fn has_focus_in(&self, selector: &str) -> bool {
        let active = self
            .0
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()
            .and_then(|shadow| shadow.active_element())
            .or_else(|| {
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
            });
        match (self.find(selector), active) {
            (Some(area), Some(active)) => area.contains(Some(&active)),
            _ => false,
        }
    }
}

/// Sets `element`'s text unless it already reads `text`.
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Sets `element`'s attribute unless it already has `value`.
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// Sets a style property through the CSS object model: a strict `style-src` policy (no
/// `'unsafe-inline'`) blocks `style` attributes written as markup, but not this.
pub fn set_style(element: &Element, property: &str, value: &str) {
    // SVG and HTML elements both have `style`; the binding is the same property.
    let style = element.unchecked_ref::<HtmlElement>().style();
    if style.get_property_value(property).ok().as_deref() != Some(value) {
        let _ = style.set_property(property, value);
    }
}

/// Adds or removes a boolean attribute such as `hidden` or `disabled`.
pub fn set_flag(element: &Element, name: &str, on: bool) {
    if on != element.has_attribute(name) {
        if on {
            let _ = element.set_attribute(name, "");
        } else {
            let _ = element.remove_attribute(name);
        }
    }
}

/// `"true"` or `"false"`, for `aria-pressed` and `data-` flags.
pub fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// What every view of one widget needs: its DOM, its words and its configuration.
pub struct Scope {
    /// The widget's root element.
    pub dom: Dom,
    /// The widget's language.
    pub text: &'static crate::content::Text,
    /// The validated configuration from the host element.
    pub config: crate::embed::config::Config,
    /// Whether to avoid animation.
    pub reduced_motion: bool,
}
