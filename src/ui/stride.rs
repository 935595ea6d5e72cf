//! The stride: one running step's stance, drawn as a runner over a planted foot, with a model
//! estimate of how hard the soleus and the gastrocnemius work at each instant (see
//! [`crate::model::stride`]).
//!
//! [`stride_place`] is the part's place in the widget: a loading state. The drawing,
//! the curves and the controls ([`StrideSteps`]) are reached only from the quiz's split point,
//! so in the embed they come with the quiz's own module, fetched when the reader opens the
//! stride: a page's first download does not grow because of them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::drawing;
use super::instance::Instance;
use super::quiz::{later_place, Fetch, Later};
use super::words::Words;
use crate::content::{fill, Lang, StrideWords};
use crate::model::evidence::{any_citation, any_source, SOURCES, STRIDE_SOURCES};
use crate::model::figure::Part;
use crate::model::knee;
use crate::model::load;
use crate::model::stride::{
    self, force, peak, quoted_peak, Band, CalfMuscle, Landing, Phase, Speed,
    MID_STANCE_KNEE_DEGREES,
};

/// The stride's place in the widget: a status line while its module comes, then the stride
/// itself once `fetch` (started by the switcher's button, which also retries after a failure)
/// has it. A failure leaves the rest of the widget working. A plain function rather than a
/// component: it is in every page's first download, and this is the smaller code.
pub fn stride_place(fetch: RwSignal<Fetch>, on_quiz: Callback<()>) -> impl IntoView {
    let text = Words::get();
    let part = Later::Stride { on_quiz };
    view! {
        <div class="sol-stride">
            {later_place(fetch, text.ui.stride_loading, text.ui.stride_load_failed, part)}
        </div>
    }
}

/// Tenths as a number with one decimal, in the language's style ("6.5", "6,5").
fn decimal(tenths: u16, lang: Lang) -> String {
    let separator = if lang == Lang::De { ',' } else { '.' };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

/// A band as words: "6.0–7.0", or one number where its ends meet.
fn band_words(band: Band, lang: Lang) -> String {
    if band.low == band.high {
        decimal(band.low, lang)
    } else {
        format!("{}–{}", decimal(band.low, lang), decimal(band.high, lang))
    }
}

/// The chart's frame: stance percent runs from x = 10 to 110, force from y = 90 (none) up to
/// y = 10 (eight times body weight, the top of the quoted range).
const CHART_VIEW_BOX: &str = "0 0 114 100";
const CHART_LEFT: i32 = 10;
const CHART_BOTTOM: i32 = 90;

/// A point of the chart for `percent` of stance and `tenths` of body weight.
fn chart_point(percent: u8, tenths: u16) -> (i32, i32) {
    (
        CHART_LEFT + i32::from(percent),
        CHART_BOTTOM - i32::from(tenths),
    )
}

/// A muscle's band over the whole stance, as a closed path: the lower edge forward, the upper
/// edge back.
fn band_path(muscle: CalfMuscle, landing: Landing, speed: Speed) -> String {
    let percents: Vec<u8> = (0..=100).step_by(2).collect();
    let lower = percents
        .iter()
        .map(|&p| chart_point(p, force(muscle, landing, speed, p).low));
    let upper = percents
        .iter()
        .rev()
        .map(|&p| chart_point(p, force(muscle, landing, speed, p).high));
    let mut d = String::new();
    for (i, (x, y)) in lower.chain(upper).enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&format!("{x} {y}"));
    }
    d.push('Z');
    d
}

/// The sentence of values at one instant.
fn values(words: &StrideWords, lang: Lang, landing: Landing, speed: Speed, at: u8) -> String {
    let soleus = band_words(force(CalfMuscle::Soleus, landing, speed, at), lang);
    let gastrocnemius = band_words(force(CalfMuscle::Gastrocnemius, landing, speed, at), lang);
    fill(
        words.values_template,
        &[("soleus", &soleus), ("gastrocnemius", &gastrocnemius)],
    )
}

/// What the muscles do at `at` after `landing`.
fn phase_text(words: &'static StrideWords, landing: Landing, at: u8) -> &'static str {
    let phase = Phase::at(at);
    if phase == Phase::Touchdown && landing == Landing::Forefoot {
        words.touchdown_forefoot
    } else {
        words.phase_text[phase as usize]
    }
}

/// The stride's sources: short citations linked to each source, then what was checked in
/// each, in the widget's language where the words carry it.
fn sources_view(words: &'static StrideWords, lang: Lang) -> impl IntoView {
    let main_notes = Words::quiz().source_notes;
    let note = move |id| {
        let source = any_source(id);
        let own = STRIDE_SOURCES.iter().position(|s| s.id == id);
        let main = SOURCES.iter().position(|s| s.id == id);
        let translated = match (own, main) {
            (Some(i), _) => words.source_notes.get(i),
            (None, Some(i)) => main_notes.get(i),
            (None, None) => None,
        };
        match translated {
            Some(note) => note.into_any(),
            None if lang == Lang::En => source.checked.into_any(),
            None => view! { <span lang="en">{source.checked}</span> }.into_any(),
        }
    };
    let citations = stride::SOURCES
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let source = any_citation(id);
            let cited = if source.url.starts_with("https://") {
                view! {
                    <a href=source.url target="_blank" rel="noopener noreferrer">{source.short}</a>
                }
                .into_any()
            } else {
                source.short.into_any()
            };
            view! {
                {(i > 0).then_some("; ")}
                {cited}
            }
        })
        .collect_view();
    let entries = stride::SOURCES
        .iter()
        .map(|&id| {
            let source = any_source(id);
            view! {
                <li>
                    {source.authors} " (" {source.year.to_string()} "). " {source.title} ". "
                    <i>{source.venue}</i> ". " {note(id)}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="sol-stride__sources">{words.sources_label} " " {citations}</p>
        <details class="sol-stride__checked">
            <summary>{words.checked_label}</summary>
            <ul>{entries}</ul>
        </details>
    }
}

/// Two toggle buttons choosing one of two values.
fn pair<T: Copy + PartialEq + Send + Sync + 'static>(
    label: &'static str,
    names: [&'static str; 2],
    values: [T; 2],
    chosen: RwSignal<T>,
) -> impl IntoView {
    let buttons = names
        .into_iter()
        .zip(values)
        .map(|(name, value)| {
            view! {
                <button
                    type="button"
                    class="sol-button sol-stride__choice"
                    aria-pressed=move || (chosen.get() == value).to_string()
                    on:click=move |_| chosen.set(value)
                >
                    {name}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="sol-stride__choices" role="group" aria-label=label>
            <span class="sol-stride__choices-label" aria-hidden="true">{label}</span>
            {buttons}
        </div>
    }
}

/// Milliseconds per percent of stance when playing: the step takes five seconds, slow
/// enough to follow.
const PLAY_STEP_MS: u32 = 50;
/// With reduced motion, playing jumps from phase to phase at this interval instead.
const PLAY_PHASE_MS: u32 = 1600;

/// The stride itself: the runner, the curves, the scrubber and its switches, what happens at
/// this instant, and how it ties to the rest of the widget.
#[component]
pub fn StrideSteps(
    /// Shows the quiz.
    on_quiz: Callback<()>,
) -> impl IntoView {
    let text = Words::get();
    let words = &Words::quiz().stride;
    let instance = Instance::get();
    let lang = instance.options().lang;
    let reduced_motion = instance.reduced_motion();

    let at = RwSignal::new(Phase::MidStance.percent());
    let landing = RwSignal::new(Landing::Heel);
    let speed = RwSignal::new(Speed::Easy);
    let playing = RwSignal::new(false);
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Interval>);

    let stop = move || {
        playing.set(false);
        timer.set_value(None);
    };
    let play = move || {
        if at.get_untracked() >= 100 {
            at.set(0);
        }
        playing.set(true);
        let (every, next): (u32, fn(u8) -> u8) = if reduced_motion {
            (PLAY_PHASE_MS, |now| {
                Phase::ALL
                    .iter()
                    .map(|phase| phase.percent())
                    .find(|&p| p > now)
                    .unwrap_or(100)
            })
        } else {
            (PLAY_STEP_MS, |now| now.saturating_add(1).min(100))
        };
        let interval = gloo_timers::callback::Interval::new(every, move || {
            let now = next(at.get_untracked());
            at.set(now);
            if now >= 100 {
                playing.set(false);
                timer.set_value(None);
            }
        });
        timer.set_value(Some(interval));
    };
    let toggle = move || {
        if playing.get_untracked() {
            stop();
        } else {
            play();
        }
    };
    // Moving by hand stops playing.
    let set_at = move |percent: u8| {
        if playing.get_untracked() {
            stop();
        }
        at.set(percent.min(100));
    };
    let step_phase = move |forward: bool| {
        let now = at.get_untracked();
        let marks = Phase::ALL.map(Phase::percent);
        let target = if forward {
            marks.into_iter().find(|&p| p > now).unwrap_or(100)
        } else {
            marks.into_iter().rev().find(|&p| p < now).unwrap_or(0)
        };
        set_at(target);
    };

    // Presenter mode's keys, from anywhere in this widget while the stride is what it shows.
    let section = NodeRef::<leptos::html::Section>::new();
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        let Some(element) = section.get_untracked() else {
            return;
        };
        let Ok(Some(root)) = element.closest(".sol-presenter.sol-stride-alone") else {
            return;
        };
        if event.default_prevented() || !event.composed_path().includes(&root, 0) {
            return;
        }
        match event.key().as_str() {
            "," => step_phase(false),
            "." => step_phase(true),
            "p" | "P" => toggle(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());

    // Before the first paint: the stride's rules (in the quiz's sheet) join the widget's.
    Effect::new(move |done: Option<()>| {
        if done.is_none() {
            if let Some(element) = section.get_untracked() {
                super::quiz::adopt_quiz_sheet(&element);
            }
        }
    });
    // The quiz, shown at once (not after the next render) with focus on its Start button: the
    // button pressed here is hidden with the stride.
    let to_quiz = move || {
        stop();
        on_quiz.run(());
        let root = section
            .get_untracked()
            .and_then(|element| element.closest(".sol-root").ok().flatten());
        let Some(root) = root else {
            return;
        };
        let list = root.class_list();
        let _ = list.remove_1("sol-stride-alone");
        let _ = list.add_1("sol-quiz-alone");
        let start = root
            .query_selector(".sol-quiz .sol-button--primary")
            .ok()
            .flatten();
        if let Some(start) = start.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = start.focus();
        }
    };
    let phase_name = move || words.phase_names[Phase::at(at.get()) as usize];
    let figure_label = move || {
        fill(
            words.figure_template,
            &[("phase", phase_name()), ("percent", &at.get().to_string())],
        )
    };
    let now_values = move || values(words, lang, landing.get(), speed.get(), at.get());
    let valuetext = move || {
        let place = fill(
            words.scrubber_value_template,
            &[("percent", &at.get().to_string()), ("phase", phase_name())],
        );
        format!("{place}. {}", now_values())
    };

    // The runner: the figure system's parts, recomputed as the step moves.
    let joints = Memo::new(move |_| stride::joints(landing.get(), at.get()));
    let d = move |part: Part| move || drawing::figure_path(&joints.get(), part);
    let floor = stride::stance(Landing::Heel, 0);
    // The soleus mark shows how hard it works now: paler when it rests.
    let soleus_strength = move || {
        let now = force(CalfMuscle::Soleus, landing.get(), speed.get(), at.get());
        let top = quoted_peak(CalfMuscle::Soleus).high;
        // Percent, in whole numbers: no float formatting comes into the module for it.
        format!("{}%", 25 + 75 * u32::from(now.high) / u32::from(top))
    };

    // The curves, redrawn when the landing or the pace changes.
    let soleus_band = move || band_path(CalfMuscle::Soleus, landing.get(), speed.get());
    let gastrocnemius_band =
        move || band_path(CalfMuscle::Gastrocnemius, landing.get(), speed.get());
    let marker_x = move || (CHART_LEFT + i32::from(at.get())).to_string();
    let dot_y = move |muscle: CalfMuscle| {
        move || {
            let band = force(muscle, landing.get(), speed.get(), at.get());
            chart_point(0, (band.low + band.high) / 2).1.to_string()
        }
    };
    let grid = (0..=8u16)
        .step_by(2)
        .map(|bw| {
            let y = CHART_BOTTOM - i32::from(bw * 10);
            view! {
                <line class="sol-stride__grid" x1=CHART_LEFT x2="110" y1=y y2=y/>
                <text class="sol-stride__tick" x="7" y=y + 2>{bw.to_string()}</text>
            }
        })
        .collect_view();

    // Dragging across the chart or the runner moves through the step: the chart from left
    // (touchdown) to right (toe-off), the runner the way it runs, to the left.
    let dragging = StoredValue::new(false);
    let drag_to = move |event: &web_sys::PointerEvent, chart: bool| {
        let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let rect = target.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return;
        }
        let share = (f64::from(event.client_x()) - rect.left()) / rect.width();
        let percent = if chart {
            share * 114.0 - f64::from(CHART_LEFT)
        } else {
            (1.0 - share) * 100.0
        };
        set_at(percent.clamp(0.0, 100.0).round() as u8);
    };
    let drag_handlers = move |chart: bool| {
        (
            move |event: web_sys::PointerEvent| {
                let target: web_sys::Element = event_target(&event);
                let _ = target.set_pointer_capture(event.pointer_id());
                dragging.set_value(true);
                drag_to(&event, chart);
            },
            move |event: web_sys::PointerEvent| {
                if dragging.get_value() {
                    drag_to(&event, chart);
                }
            },
        )
    };
    let (figure_down, figure_move) = drag_handlers(false);
    let (chart_down, chart_move) = drag_handlers(true);

    let phase_buttons = Phase::ALL
        .into_iter()
        .map(|phase| {
            view! {
                <button
                    type="button"
                    class="sol-button sol-stride__phase"
                    aria-pressed=move || (Phase::at(at.get()) == phase).to_string()
                    on:click=move |_| set_at(phase.percent())
                >
                    {words.phase_names[phase as usize]}
                </button>
            }
        })
        .collect_view();

    let quoted = |muscle| band_words(quoted_peak(muscle), lang);
    let model_note = fill(
        words.model_note_template,
        &[
            ("soleus", &quoted(CalfMuscle::Soleus)),
            ("gastrocnemius", &quoted(CalfMuscle::Gastrocnemius)),
        ],
    );
    let share = knee::share(MID_STANCE_KNEE_DEGREES.into());
    let knee_line = fill(
        words.knee_template,
        &[
            ("angle", &MID_STANCE_KNEE_DEGREES.to_string()),
            (
                "share",
                &((share.soleus * 100.0).round() as u32).to_string(),
            ),
        ],
    );
    let run = load::estimate(
        load::CADENCE_SPM_TYPICAL,
        load::MINUTES_TYPICAL,
        load::DEFAULT_MULTIPLE,
    );
    let steps_line = fill(
        words.steps_template,
        &[
            ("minutes", &load::MINUTES_TYPICAL.to_string()),
            ("cadence", &load::CADENCE_SPM_TYPICAL.to_string()),
            ("steps", &run.steps_per_leg.to_string()),
        ],
    );
    let input_id = instance.id("stride-at");
    let label_for = input_id.clone();
    let peak_words = move |muscle| band_words(peak(muscle, speed.get()), lang);

    let title_id = instance.id("stride-title");
    let labelled_by = title_id.clone();

    view! {
        <section class="sol-stride__body" aria-labelledby=labelled_by node_ref=section>
            <h3 class="sol-stride__title" id=title_id>{text.ui.part_stride}</h3>
            <p class="sol-stride__intro">{words.intro}</p>
            <div class="sol-stride__visuals">
                <svg
                    class="sol-picture sol-stride__figure"
                    viewBox=drawing::figure_view_box(&floor)
                    role="img"
                    aria-label=figure_label
                    on:pointerdown=figure_down
                    on:pointermove=figure_move
                    on:pointerup=move |_| dragging.set_value(false)
                    on:pointercancel=move |_| dragging.set_value(false)
                >
                    <path class="sol-figure__support" d=drawing::props_path(&floor)/>
                    {super::quiz::figure_body(d, "sol-figure__edge")}
                    {super::quiz::figure_body(d, "sol-figure__body")}
                    <path
                        class="sol-figure__soleus"
                        d=d(Part::Soleus)
                        style:opacity=soleus_strength
                    />
                </svg>
                <figure class="sol-stride__chart-box">
                    <svg
                        class="sol-stride__chart"
                        viewBox=CHART_VIEW_BOX
                        role="img"
                        aria-label=move || format!("{}. {}", words.chart_label, now_values())
                        on:pointerdown=chart_down
                        on:pointermove=chart_move
                        on:pointerup=move |_| dragging.set_value(false)
                        on:pointercancel=move |_| dragging.set_value(false)
                    >
                        {grid}
                        <path class="sol-stride__band sol-stride__band--soleus" d=soleus_band/>
                        <path
                            class="sol-stride__band sol-stride__band--gastrocnemius"
                            d=gastrocnemius_band
                        />
                        <line class="sol-stride__marker" x1=marker_x x2=marker_x y1="8" y2="90"/>
                        <circle
                            class="sol-stride__dot sol-stride__dot--soleus"
                            cx=marker_x
                            cy=dot_y(CalfMuscle::Soleus)
                            r="2.4"
                        />
                        <circle
                            class="sol-stride__dot sol-stride__dot--gastrocnemius"
                            cx=marker_x
                            cy=dot_y(CalfMuscle::Gastrocnemius)
                            r="2.4"
                        />
                        <text class="sol-stride__tick" x="10" y="98">{words.axis_ends[0]}</text>
                        <text class="sol-stride__tick sol-stride__tick--end" x="110" y="98">
                            {words.axis_ends[1]}
                        </text>
                    </svg>
                    <figcaption class="sol-stride__legend">
                        <span class="sol-stride__key sol-stride__key--soleus">
                            {words.curve_names[0]} " " {move || peak_words(CalfMuscle::Soleus)}
                        </span>
                        <span class="sol-stride__key sol-stride__key--gastrocnemius">
                            {words.curve_names[1]} " "
                            {move || peak_words(CalfMuscle::Gastrocnemius)}
                        </span>
                        <span class="sol-stride__axis">{words.axis_label}</span>
                    </figcaption>
                </figure>
            </div>
            <div class="sol-stride__controls">
                <label class="sol-stride__label" for=label_for>{words.scrubber_label}</label>
                <input
                    id=input_id
                    class="sol-stride__input"
                    type="range"
                    min="0"
                    max="100"
                    step="1"
                    prop:value=move || at.get().to_string()
                    aria-valuetext=valuetext
                    on:input=move |event| {
                        // The value is outside input: parse without panicking.
                        if let Ok(value) = event_target_value(&event).parse::<u8>() {
                            set_at(value);
                        }
                    }
                />
                <div class="sol-stride__phases" role="group" aria-label=words.scrubber_label>
                    {phase_buttons}
                </div>
                <button
                    type="button"
                    class="sol-button sol-button--primary sol-stride__play"
                    on:click=move |_| toggle()
                >
                    {move || if playing.get() { words.pause } else { words.play }}
                </button>
                {pair(words.landing_label, words.landings, [Landing::Heel, Landing::Forefoot], landing)}
                {pair(words.speed_label, words.speeds, [Speed::Easy, Speed::Faster], speed)}
                <p class="sol-stride__keys">{words.shortcuts}</p>
            </div>
            <div class="sol-stride__now">
                <p class="sol-stride__phase-name">{phase_name}</p>
                <p class="sol-stride__phase-text">{move || phase_text(words, landing.get(), at.get())}</p>
                <p class="sol-stride__values">{now_values}</p>
            </div>
            <div class="sol-stride__notes">
                <p>{words.landing_note}</p>
                <p>{fill(words.speed_note_template, &[("speed", &stride::CALF_SUPPORT_UP_TO_MS.to_string())])}</p>
                <p class="sol-stride__model">{model_note}</p>
                <p>{knee_line} " " {steps_line}</p>
                {sources_view(words, lang)}
                <p class="sol-stride__circuit">
                    {words.circuit_line} " "
                    <button type="button" class="sol-button" on:click=move |_| to_quiz()>
                        {text.ui.quiz_heading}
                    </button>
                </p>
            </div>
        </section>
    }
}
