//! Browser tests: mount real widgets in headless Chromium, interact, and read the DOM a person
//! (or a screen reader) would see.
#![cfg(target_arch = "wasm32")]

use soleus::embed::{mount, STATE_ATTRIBUTE};
use soleus::model::knee;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the browser run whatever it queued (as between two of a person's actions).
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Adds a host element with `attributes` to the page and mounts a widget into it.
async fn mounted(attributes: &[(&str, &str)]) -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_attribute("data-soleus-widget", "").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    host.set_inner_html("<p>fallback</p>");
    document.body().unwrap().append_child(&host).unwrap();
    mount(&host);
    settle().await;
    let shadow = host
        .shadow_root()
        .expect("the widget mounts into a shadow root");
    (host, shadow)
}

fn text(shadow: &ShadowRoot, selector: &str) -> String {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on screen"))
        .text_content()
        .unwrap_or_default()
}

fn slider(shadow: &ShadowRoot) -> HtmlInputElement {
    shadow
        .query_selector(".sol-knee__input")
        .unwrap()
        .expect("the knee slider is on screen")
        .unchecked_into()
}

/// An event that bubbles, as the browser's own `input` and `click` events do.
fn bubbling(kind: &str) -> Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    Event::new_with_event_init_dict(kind, &init).unwrap()
}

async fn move_slider(shadow: &ShadowRoot, degrees: &str) {
    let input = slider(shadow);
    input.set_value(degrees);
    input.dispatch_event(&bubbling("input")).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn bending_the_knee_moves_the_share_to_the_soleus_on_screen() {
    let (_, shadow) = mounted(&[]).await;
    let straight = knee::share(0).soleus_band();
    assert_eq!(
        straight.0, straight.1,
        "one value where the model is sourced"
    );
    assert_eq!(
        text(&shadow, "[data-muscle=soleus]"),
        format!("about {}%", straight.0)
    );

    move_slider(&shadow, "90").await;
    let (low, high) = knee::share(90).soleus_band();
    assert!(low < high, "a range where the residual matters");
    assert_eq!(
        text(&shadow, "[data-muscle=soleus]"),
        format!("{low}–{high}%")
    );
    assert_eq!(
        text(&shadow, "[data-muscle=gastrocnemius]"),
        format!("{}–{}%", 100 - high, 100 - low)
    );
    assert!(
        text(&shadow, ".sol-share__sentence").contains("soleus does the larger share of the work")
    );
    assert_eq!(text(&shadow, ".sol-knee__value"), "90°");
}

#[wasm_bindgen_test]
async fn the_slider_tells_screen_readers_the_angle_and_the_share() {
    let (_, shadow) = mounted(&[]).await;
    move_slider(&shadow, "45").await;
    let valuetext = slider(&shadow).get_attribute("aria-valuetext").unwrap();
    let (soleus, _) = knee::share(45).soleus_band();
    assert_eq!(
        valuetext,
        format!(
            "Knee bent 45 degrees: soleus about {soleus}%, gastrocnemius about {}% of the work \
             (model estimate)",
            100 - soleus
        )
    );
}

#[wasm_bindgen_test]
async fn the_drawn_thigh_turns_with_the_knee_and_the_gastrocnemius_follows() {
    let (_, shadow) = mounted(&[]).await;
    move_slider(&shadow, "60").await;
    let pose = soleus::model::pose::Pose::new(60, 0);
    let handle = shadow
        .query_selector(".sol-diagram__handle")
        .unwrap()
        .unwrap();
    let (knee, thigh) = (pose.knee(), pose.thigh_degrees());
    assert_eq!(
        numbers(&handle.get_attribute("transform").unwrap()),
        [knee.0, knee.1, thigh],
        "the handle sits on the knee, turned with the thigh"
    );
    let gastrocnemius = shadow
        .query_selector("[data-part=gastrocnemius]")
        .unwrap()
        .unwrap();
    let start = pose.lateral_head_outline()[0];
    assert_eq!(
        numbers(&gastrocnemius.get_attribute("d").unwrap())[..2],
        [start.0, start.1],
        "the gastrocnemius outline starts on the turned thigh"
    );
    let description = text(&shadow, ".sol-diagram desc");
    assert!(description.contains("knee bent 60°"), "{description}");
}

fn click(shadow: &ShadowRoot, selector: &str) {
    let element: HtmlElement = shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on screen"))
        .unchecked_into();
    element.click();
}

/// Where the quiz's Start button is.
const START: &str = ".sol-quiz .sol-button--primary";

/// Presses the quiz's Start button, `start` (found with [`START`]), and waits for its steps
/// (in this build they are in the same module, so at once).
async fn press_start(start: Option<web_sys::Element>) {
    let start: HtmlElement = start.expect("the quiz's Start button").unchecked_into();
    assert_eq!(
        start.text_content().unwrap_or_default().trim(),
        en().quiz_start
    );
    start.click();
    settle().await;
    settle().await;
}

/// Ticks "None of these apply to me" on the screening on screen and goes on.
async fn answer_none_apply(shadow: &ShadowRoot) {
    let none: HtmlInputElement = shadow
        .query_selector(".sol-screening__none input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    none.click();
    settle().await;
    button(shadow, en_quiz().screening_continue).click();
    settle().await;
}

/// The English words, for the labels and texts the tests expect.
fn en() -> &'static soleus::content::Ui {
    &soleus::content::Lang::En.text().ui
}

/// The English words of the quiz's steps.
fn en_quiz() -> &'static soleus::content::QuizUi {
    &soleus::content::Lang::En.quiz_text().ui
}

fn button(shadow: &ShadowRoot, label: &str) -> HtmlElement {
    let buttons = shadow.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("a button labelled {label}"))
}

#[wasm_bindgen_test]
async fn selecting_a_muscle_opens_its_card_with_sourced_facts() {
    let (_, shadow) = mounted(&[]).await;
    assert!(shadow.query_selector(".sol-card").unwrap().is_none());
    button(&shadow, soleus::content::Lang::En.text().muscles[0].name).click();
    settle().await;
    let card = text(&shadow, ".sol-card[data-muscle=soleus]");
    let percent = format!(
        "{}% slow-twitch",
        soleus::model::anatomy::SOLEUS_SLOW_TWITCH_PERCENT
    );
    assert!(card.contains(&percent), "{card}");
    let edgerton =
        soleus::model::evidence::short_citation(soleus::model::evidence::SourceId::Edgerton1975);
    assert!(card.contains(edgerton), "{card}");
    assert_eq!(
        button(&shadow, soleus::content::Lang::En.text().muscles[0].name)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // Clicking the drawn gastrocnemius selects it too.
    let drawn: web_sys::Element = shadow
        .query_selector(".sol-diagram__muscle--gastrocnemius")
        .unwrap()
        .unwrap();
    drawn.dispatch_event(&bubbling("click")).unwrap();
    settle().await;
    assert!(shadow
        .query_selector(".sol-card[data-muscle=gastrocnemius]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_deep_layer_fades_the_gastrocnemius() {
    let (_, shadow) = mounted(&[]).await;
    click(&shadow, ".sol-switch__input");
    settle().await;
    let gastrocnemius = shadow
        .query_selector(".sol-diagram__muscle--gastrocnemius")
        .unwrap()
        .unwrap();
    assert!(gastrocnemius.class_list().contains("is-faded"));
}

/// The whole numbers in an SVG attribute, in order.
fn numbers(attribute: &str) -> Vec<i32> {
    attribute
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter_map(|word| word.parse().ok())
        .collect()
}

/// How far the drawn foot is turned about the forefoot, in degrees (its heel rising).
fn foot_degrees(shadow: &ShadowRoot) -> i32 {
    let transform = shadow
        .query_selector(".sol-diagram__foot")
        .unwrap()
        .unwrap()
        .get_attribute("transform")
        .unwrap();
    -numbers(&transform)[0]
}

#[wasm_bindgen_test]
async fn reduced_motion_shows_the_raised_heel_without_animating() {
    let (_, shadow) = mounted(&[("data-motion", "reduce")]).await;
    button(&shadow, en().heel_raise_play).click();
    settle().await;
    let raised = foot_degrees(&shadow);
    assert_eq!(
        raised,
        soleus::model::pose::Pose::new(0, 100).foot_degrees(),
        "the end position at once"
    );
    gloo_timers::future::TimeoutFuture::new(300).await;
    assert_eq!(foot_degrees(&shadow), raised, "and it does not move");
    button(&shadow, en().heel_raise_stop).click();
    settle().await;
    assert_eq!(
        foot_degrees(&shadow),
        soleus::model::pose::Pose::new(0, 0).foot_degrees()
    );
}

#[wasm_bindgen_test]
async fn the_heel_raise_animates_and_can_be_stopped() {
    let (_, shadow) = mounted(&[("data-motion", "auto")]).await;
    button(&shadow, en().heel_raise_play).click();
    gloo_timers::future::TimeoutFuture::new(400).await;
    let moving = foot_degrees(&shadow);
    assert_ne!(
        moving,
        soleus::model::pose::Pose::new(0, 0).foot_degrees(),
        "the heel is rising"
    );
    assert_ne!(
        moving,
        soleus::model::pose::Pose::new(0, 100).foot_degrees(),
        "but not yet at the top"
    );
    button(&shadow, en().heel_raise_stop).click();
    settle().await;
    assert_eq!(
        foot_degrees(&shadow),
        soleus::model::pose::Pose::new(0, 0).foot_degrees()
    );
    assert!(text(&shadow, ".sol-raise").contains(en().heel_raise_play));
}

#[wasm_bindgen_test]
async fn each_widget_on_a_page_keeps_its_own_state() {
    let (_, first) = mounted(&[]).await;
    let (_, second) = mounted(&[]).await;
    move_slider(&first, "100").await;
    assert_eq!(text(&first, ".sol-knee__value"), "100°");
    assert_eq!(text(&second, ".sol-knee__value"), "0°");
}

#[wasm_bindgen_test]
async fn a_host_is_never_mounted_twice() {
    let (host, shadow) = mounted(&[]).await;
    mount(&host);
    settle().await;
    assert_eq!(shadow.query_selector_all(".sol-root").unwrap().length(), 1);
    assert_eq!(
        host.get_attribute(STATE_ATTRIBUTE).as_deref(),
        Some("ready")
    );
}

#[wasm_bindgen_test]
async fn attributes_choose_the_language_and_starting_angle() {
    let (_, shadow) = mounted(&[("data-lang", "de"), ("data-knee", "90")]).await;
    assert_eq!(
        text(&shadow, ".sol-title"),
        soleus::content::Lang::De.text().ui.title
    );
    assert_eq!(slider(&shadow).value(), "90");
}

#[wasm_bindgen_test]
async fn an_invalid_attribute_still_renders_the_default_widget() {
    let (_, shadow) = mounted(&[("data-knee", "banana")]).await;
    assert_eq!(slider(&shadow).value(), "0");
}

fn finished_quiz() -> soleus::model::quiz::QuizState {
    finished_quiz_with(&[])
}

/// A quiz answered to the end, with `flags` ticked at the screening.
fn finished_quiz_with(flags: &[soleus::model::triage::RedFlag]) -> soleus::model::quiz::QuizState {
    use soleus::model::quiz::{Kind, QuizEvent, QuizState, Step, QUESTIONS};
    let mut state = QuizState::default();
    for flag in flags {
        state = state.apply(QuizEvent::ToggleFlag(*flag));
    }
    if flags.is_empty() {
        state = state.apply(QuizEvent::SetNoneApply(true));
    }
    state = state.apply(QuizEvent::ConfirmScreening(0));
    while let Step::Question(n) = state.step {
        let event = match QUESTIONS[usize::from(n)].kind {
            Kind::Count { .. } => QuizEvent::SetCount(22),
            _ => QuizEvent::Choose(1),
        };
        state = state.apply(event).apply(QuizEvent::Next);
    }
    state
}

#[wasm_bindgen_test]
async fn the_quiz_view_follows_the_reducer() {
    let (_, shadow) = mounted(&[("id", "wasmquiz")]).await;
    press_start(shadow.query_selector(START).unwrap()).await;
    assert!(
        shadow
            .query_selector(".sol-question__progress")
            .unwrap()
            .is_none(),
        "the screening comes first"
    );
    assert!(button(&shadow, en_quiz().screening_continue).has_attribute("disabled"));
    answer_none_apply(&shadow).await;
    assert_eq!(
        text(&shadow, ".sol-question__progress"),
        format!("1 of {}", soleus::model::quiz::QUESTION_COUNT)
    );
    let next = button(&shadow, en_quiz().next);
    assert!(next.has_attribute("disabled"), "Next waits for an answer");
    let first: HtmlInputElement = shadow
        .query_selector(".sol-quiz input[type=radio]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    first.click();
    settle().await;
    let words = &soleus::content::Lang::En.quiz_text().ui;
    assert!(text(&shadow, ".sol-feedback").starts_with(words.answer_right));
    assert!(!button(&shadow, en_quiz().next).has_attribute("disabled"));
    button(&shadow, en_quiz().next).click();
    settle().await;
    assert_eq!(
        text(&shadow, ".sol-question__progress"),
        format!("2 of {}", soleus::model::quiz::QUESTION_COUNT)
    );
    button(&shadow, en().back).click();
    settle().await;
    let first: HtmlInputElement = shadow
        .query_selector(".sol-quiz input[type=radio]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(first.checked(), "going back shows the answer given");
}

#[wasm_bindgen_test]
async fn a_shared_result_asks_the_readers_screening_then_its_player_advances_with_time() {
    let code = soleus::model::progress_code::encode(&finished_quiz()).unwrap();
    let location = web_sys::window().unwrap().location();
    location
        .set_hash(&format!("soleus-wasmplayer={code}"))
        .unwrap();
    let (_, shadow) = mounted(&[("id", "wasmplayer")]).await;
    location.set_hash("").unwrap();
    assert!(shadow
        .query_selector("[data-outcome=circuit]")
        .unwrap()
        .is_some());
    // Someone else's plan: the reader's own screening comes before any player.
    button(&shadow, en_quiz().start_circuit).click();
    settle().await;
    assert!(shadow.query_selector(".sol-player").unwrap().is_none());
    let words = &soleus::content::Lang::En.quiz_text().ui;
    assert_eq!(
        text(&shadow, ".sol-screening legend"),
        words.recheck_heading
    );
    answer_none_apply(&shadow).await;
    // The circuit opens with its count-in.
    let quiz_words = soleus::content::Lang::En.quiz_text();
    assert_eq!(text(&shadow, ".sol-player__kind"), quiz_words.get_ready);
    let before = text(&shadow, ".sol-player__countdown");
    gloo_timers::future::TimeoutFuture::new(1300).await;
    let after = text(&shadow, ".sol-player__countdown");
    assert_ne!(before, after, "the countdown moves with real time");
    button(&shadow, en_quiz().next_phase).click();
    settle().await;
    assert_eq!(text(&shadow, ".sol-player__kind"), en_quiz().phase_work);
    button(&shadow, en_quiz().next_phase).click();
    settle().await;
    assert_eq!(text(&shadow, ".sol-player__kind"), en_quiz().phase_rest);
}

#[wasm_bindgen_test]
async fn the_live_region_announces_the_result_once_the_knee_rests() {
    let (_, shadow) = mounted(&[]).await;
    move_slider(&shadow, "40").await;
    move_slider(&shadow, "90").await;
    assert_eq!(
        text(&shadow, "[aria-live=polite].sol-visually-hidden"),
        "",
        "nothing is read while the knee is moving"
    );
    gloo_timers::future::TimeoutFuture::new(900).await;
    assert_eq!(
        text(&shadow, "[aria-live=polite].sol-visually-hidden"),
        "With the knee bent to 90°, the soleus does the larger share of the work; the \
         gastrocnemius still helps. Estimated share: soleus 80–90%, gastrocnemius 10–20%."
    );
}

#[wasm_bindgen_test]
async fn a_removed_widget_is_unmounted_and_mounts_again_when_put_back() {
    let (host, shadow) = mounted(&[("id", "wasmremoved")]).await;
    let before = soleus::embed::mounted_count();
    host.remove();
    soleus::embed::unmount_removed();
    assert_eq!(soleus::embed::mounted_count(), before - 1);
    assert!(host.get_attribute(STATE_ATTRIBUTE).is_none());
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .append_child(&host)
        .unwrap();
    mount(&host);
    settle().await;
    assert_eq!(soleus::embed::mounted_count(), before);
    assert_eq!(shadow.query_selector_all(".sol-root").unwrap().length(), 1);
}

/// Mounts `<SoleusWidget/>` the way a Leptos app does (no shadow root, no embed) into a new
/// element of the page, and collects the events it reports.
fn component(
    options: soleus::WidgetOptions,
) -> (
    HtmlElement,
    std::rc::Rc<std::cell::RefCell<Vec<soleus::WidgetEvent>>>,
) {
    use leptos::prelude::*;
    let document = web_sys::window().unwrap().document().unwrap();
    let parent: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&parent).unwrap();
    let events = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let seen = send_wrapper::SendWrapper::new(events.clone());
    let on_event = Callback::new(move |event: soleus::WidgetEvent| seen.borrow_mut().push(event));
    leptos::mount::mount_to(parent.clone(), move || {
        view! { <soleus::SoleusWidget options=options on_event=on_event/> }
    })
    .forget();
    (parent, events)
}

fn ids(root: &HtmlElement) -> Vec<String> {
    let found = root.query_selector_all("[id]").unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|element| element.id())
        .collect()
}

#[wasm_bindgen_test]
async fn two_components_in_one_document_share_no_id_and_report_their_own_events() {
    use soleus::{WidgetEvent, WidgetOptions};
    let (first, first_events) = component(WidgetOptions::default());
    let (second, second_events) = component(WidgetOptions {
        lang: soleus::content::Lang::De,
        ..WidgetOptions::default()
    });
    settle().await;
    let (a, b) = (ids(&first), ids(&second));
    assert!(a.len() > 5, "the widget names its parts: {a:?}");
    assert!(
        a.iter().all(|id| !b.contains(id)),
        "shared ids: {a:?} / {b:?}"
    );
    // Radio groups and SVG patterns are per instance too.
    assert!(first.inner_html().contains("url(#"));
    assert_eq!(
        *first_events.borrow(),
        [WidgetEvent::Ready {
            lang: soleus::content::Lang::En
        }]
    );
    assert_eq!(
        *second_events.borrow(),
        [WidgetEvent::Ready {
            lang: soleus::content::Lang::De
        }]
    );
    // Outside a shadow root the widget brings its own stylesheet into the document.
    let sheets = js_sys::Reflect::get(
        &web_sys::window().unwrap().document().unwrap(),
        &"adoptedStyleSheets".into(),
    )
    .unwrap();
    assert_eq!(js_sys::Array::from(&sheets).length(), 1);
    let root = first.query_selector(".sol-root").unwrap().unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&root)
        .unwrap()
        .unwrap();
    assert_eq!(
        style.get_property_value("border-top-style").unwrap(),
        "solid"
    );
}

#[wasm_bindgen_test]
async fn a_repeated_id_still_gives_each_component_its_own_storage_key() {
    use soleus::WidgetOptions;
    let named = || WidgetOptions {
        id: Some("calf".into()),
        ..WidgetOptions::default()
    };
    let (first, _) = component(named());
    let (second, _) = component(named());
    settle().await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    for parent in [&first, &second] {
        press_start(parent.query_selector(START).unwrap()).await;
    }
    for parent in [&first, &second] {
        let remember: HtmlInputElement = parent
            .query_selector(".sol-quiz__remember input")
            .unwrap()
            .unwrap()
            .unchecked_into();
        remember.click();
    }
    settle().await;
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect();
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert!(keys.contains(&"soleus:v1:calf".to_string()), "{keys:?}");
    assert!(keys.contains(&"soleus:v1:calf-2".to_string()), "{keys:?}");
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn no_red_flag_result_ever_shows_an_exercise_and_only_an_emergency_shows_the_number() {
    use soleus::model::triage::{RedFlag, Urgency};
    let location = web_sys::window().unwrap().location();
    let exercises = &soleus::content::Lang::En.quiz_text().exercises;
    for (index, flag) in RedFlag::ALL.into_iter().enumerate() {
        let code = soleus::model::progress_code::encode(&finished_quiz_with(&[flag])).unwrap();
        let key = format!("wasmflag{index}");
        location.set_hash(&format!("soleus-{key}={code}")).unwrap();
        let (host, shadow) = mounted(&[
            ("id", key.as_str()),
            ("data-sections", "quiz"),
            ("data-emergency-number", "999"),
        ])
        .await;
        location.set_hash("").unwrap();
        let result = text(&shadow, "[data-outcome=seek-care]");
        for exercise in exercises {
            assert!(
                !result.contains(exercise.name),
                "{flag:?} shows {}",
                exercise.name
            );
        }
        assert!(
            shadow.query_selector(".sol-exercise").unwrap().is_none(),
            "{flag:?}"
        );
        let emergency = flag.urgency() == Urgency::Emergency;
        assert_eq!(result.contains("999"), emergency, "{flag:?}");
        let call = shadow.query_selector("a[href^='tel:']").unwrap();
        assert_eq!(
            call.map(|a| a.get_attribute("href").unwrap_or_default()),
            emergency.then(|| "tel:999".to_string()),
            "{flag:?}"
        );
        host.remove();
        soleus::embed::unmount_removed();
    }
}
