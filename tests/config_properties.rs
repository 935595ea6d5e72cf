//! Property tests of the attribute parser: any attribute values give a valid configuration.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use soleus::model::knee;
use soleus::ui::WidgetOptions;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_attribute_values_give_a_valid_configuration(
        lang in proptest::option::of(".{0,20}"),
        knee_attr in proptest::option::of(".{0,12}"),
        page_lang in proptest::option::of("[a-zA-Z-]{0,8}"),
    ) {
        let (config, warnings) = WidgetOptions::from_attributes(
            |name| match name {
                "data-lang" => lang.clone(),
                "data-knee" => knee_attr.clone(),
                "data-motion" => lang.clone(),
                "data-clinic-name" | "data-booking-url" | "data-emergency-number" | "data-remember"
                | "data-sections" | "data-theme" | "data-accent" | "data-presenter" => {
                    knee_attr.clone()
                }
                _ => None,
            },
            page_lang,
        );
        prop_assert!(config.knee_degrees <= knee::MAX_KNEE_DEGREES);
        prop_assert!(warnings.len() <= 11);
        if let Some(accent) = &config.accent {
            prop_assert!(accent.len() == 7 && accent.starts_with('#'));
        }
        if let Some(url) = &config.booking_url {
            prop_assert!(url.starts_with("http://") || url.starts_with("https://"));
        }
        for warning in warnings {
            prop_assert!(warning.message().contains(warning.attribute));
        }
    }
}
