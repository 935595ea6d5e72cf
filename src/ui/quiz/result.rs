//! The quiz result: advice to seek care after any red flag, otherwise the knowledge score
//! and the personal circuit with its plan, rationale and sources.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::super::button::ActionButton;
use super::super::explorer::diagram::CalfDiagram;
use super::picture::ExercisePicture;

use super::super::browser;
use super::super::explorer::share_meter::shown_shares;
use super::super::instance::{widget_context, Instance};
use super::super::options::{tel_uri, WidgetOptions};
use super::super::persist;
use super::super::sources::quiz_citations;
use super::super::words::{exercise_words, Words};
use crate::content::{around_placeholder, fill, QuizText, Text};
use crate::model::circuit::{
    side_difference_percent, Dose, Level, Prescription, Reason, Recommendation, FIRST_WEEK_SETS,
    HEEL_RAISES_PERFORMANCE_FROM, HEEL_RAISE_MEDIAN_MEN, HEEL_RAISE_MEDIAN_WOMEN,
    HEEL_RAISE_NORM_AGES, LOAD_RESERVE_REPS, LOAD_STEP_KG, MAX_DISCOMFORT_OUT_OF_10, PAIN_SCALE,
    PROGRESS_FROM_REPS, SELF_TEST_INCLINE_DEGREES, SESSIONS_PER_WEEK, SETS,
    SIDE_DIFFERENCE_LIMIT_PERCENT, TEMPO,
};
use crate::model::evidence::Claim;
use crate::model::knee;
use crate::model::progress_code;
use crate::model::quiz::{QuizResult, QuizState};
use crate::model::triage::{self, RedFlag, ScreeningDecision, Urgency};

fn level_name(quiz_text: &'static QuizText, level: Level) -> &'static str {
    quiz_text.levels[usize::from(level.index())].name
}

/// The words of one rationale line, filled from the person's answers.
fn reason_words(reason: Reason) -> String {
    let quiz_ui = &Words::quiz().ui;
    match reason {
        Reason::SelfTest(count, level) => fill(
            quiz_ui.reason_self_test_template,
            &[
                ("count", &count.to_string()),
                ("men", &HEEL_RAISE_MEDIAN_MEN.to_string()),
                ("women", &HEEL_RAISE_MEDIAN_WOMEN.to_string()),
                ("youngest", &HEEL_RAISE_NORM_AGES.0.to_string()),
                ("oldest", &HEEL_RAISE_NORM_AGES.1.to_string()),
                ("target", &HEEL_RAISES_PERFORMANCE_FROM.to_string()),
                ("level", level_name(Words::quiz(), level)),
            ],
        ),
        Reason::Sides(left, right) => {
            let percent = side_difference_percent(left, right);
            let mut words = fill(
                quiz_ui.reason_sides_template,
                &[
                    ("left", &left.to_string()),
                    ("right", &right.to_string()),
                    ("percent", &percent.to_string()),
                ],
            );
            if percent > SIDE_DIFFERENCE_LIMIT_PERCENT {
                words.push(' ');
                words.push_str(&fill(
                    quiz_ui.reason_sides_large_template,
                    &[("limit", &SIDE_DIFFERENCE_LIMIT_PERCENT.to_string())],
                ));
            }
            words
        }
        Reason::NoSelfTest(level) => fill(
            quiz_ui.reason_no_self_test_template,
            &[("level", level_name(Words::quiz(), level))],
        ),
        Reason::PreviousProblem => quiz_ui.reason_previous_problem.to_string(),
        Reason::RecentJump => quiz_ui.reason_recent_jump.to_string(),
        Reason::OlderAge => quiz_ui.reason_older_age.to_string(),
        Reason::HighDistance => fill(
            quiz_ui.reason_high_distance,
            &[("sessions", &SESSIONS_PER_WEEK.1.to_string())],
        ),
        Reason::ForefootStrike => quiz_ui.reason_forefoot_strike.to_string(),
        Reason::FlatFloor => fill(
            quiz_ui.reason_flat_floor,
            &[
                ("incline", &SELF_TEST_INCLINE_DEGREES.to_string()),
                ("level", level_name(Words::quiz(), Level::Build)),
            ],
        ),
    }
}

/// The sources behind `claims`, in brackets after the words that rest on them.
#[component]
fn Cited(
    /// The claims the words rest on.
    #[prop(into)]
    claims: Vec<Claim>,
) -> impl IntoView {
    view! { <span class="sol-cite">"("{quiz_citations(claims)}")"</span> }
}

/// One line of words with the sources behind them.
#[component]
fn Sourced(
    /// The words.
    words: String,
    /// The claims they rest on.
    claims: Vec<Claim>,
) -> impl IntoView {
    view! { <li>{words}" "<Cited claims=claims/></li> }
}

/// The clinic's booking link, if it configured one; its name is shown as text.
#[component]
pub(super) fn BookingLink(
    /// The widget's options (booking address and clinic name).
    options: WidgetOptions,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let url = options.booking_url?;
    let label = match options.clinic_name {
        Some(clinic) => {
            // The clinic's name in a <bdi>: a name with right-to-left or override characters
            // cannot reorder the words around it.
            let (before, after) = around_placeholder(quiz_ui.booking_template);
            view! { {before}<bdi>{clinic}</bdi>{after} }.into_any()
        }
        None => quiz_ui.booking_generic.into_any(),
    };
    Some(view! {
        <p class="sol-cta">
            <a class="sol-button sol-button--primary" href=url target="_blank" rel="noopener noreferrer">
                {label}
            </a>
        </p>
    })
}

/// An exercise's dose in words: "3 sets of 15", "3 × 30 s hold", each leg where it applies.
fn dose_words(text: &'static Text, prescription: &Prescription) -> String {
    let quiz_ui = &Words::quiz().ui;
    let ui = &text.ui;
    let sets = prescription.sets.to_string();
    let mut dose = match prescription.dose {
        Dose::Reps(reps) => fill(
            quiz_ui.sets_reps_template,
            &[("sets", &sets), ("reps", &reps.to_string())],
        ),
        Dose::HoldSeconds(seconds) => fill(
            quiz_ui.sets_hold_template,
            &[("sets", &sets), ("seconds", &seconds.to_string())],
        ),
    };
    if prescription.each_leg {
        dose.push_str(", ");
        dose.push_str(ui.each_leg);
    }
    if prescription.loaded {
        dose.push_str(", ");
        dose.push_str(quiz_ui.with_load);
    }
    dose
}

/// One exercise in detail, folded under its name and dose: tempo, rest, steps, cue and
/// easier/harder options.
#[component]
fn ExerciseCard(
    /// The exercise and its dose.
    prescription: Prescription,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let text = Words::get();
    let words = exercise_words(Words::quiz(), prescription.exercise);
    let tempo = matches!(prescription.dose, Dose::Reps(_)).then(|| {
        fill(
            quiz_ui.tempo_template,
            &[
                ("up", &TEMPO.0.to_string()),
                ("hold", &TEMPO.1.to_string()),
                ("down", &TEMPO.2.to_string()),
            ],
        )
    });
    let labelled = |label: &'static str, words: &'static str| {
        view! { <p><strong>{label}": "</strong>{words}</p> }
    };
    // What the knee model says at this exercise's own bend, and whether that is any
    // different from a straight knee.
    let angle = prescription.exercise.knee_degrees();
    let at_angle = knee::share(i32::from(angle));
    let shifts_little = at_angle.soleus_band() == knee::share(0).soleus_band();
    let share = fill(
        quiz_ui.exercise_share_template,
        &[
            ("angle", &angle.to_string()),
            ("share", &shown_shares(text, &at_angle).0),
        ],
    );
    let load_rule = prescription.loaded.then(|| {
        fill(
            quiz_ui.load_rule_template,
            &[
                ("low", &LOAD_RESERVE_REPS.0.to_string()),
                ("high", &LOAD_RESERVE_REPS.1.to_string()),
            ],
        )
    });
    view! {
        <li class="sol-exercise">
            <details>
                <summary>
                    <span class="sol-exercise__name">{words.name}</span>
                    " · "
                    <span class="sol-exercise__dose">{dose_words(text, &prescription)}</span>
                </summary>
                {tempo.map(|tempo| view! { <p>{tempo}</p> })}
                {load_rule.map(|rule| view! { <p>{rule}</p> })}
                <p>{fill(quiz_ui.rest_template, &[("seconds", &prescription.rest_seconds().to_string())])}</p>
                <ol class="sol-exercise__steps">
                    {words.steps.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}
                </ol>
                {labelled(quiz_ui.cue_label, words.cue)}
                <p class="sol-exercise__share">
                    {share}" "{shifts_little.then_some(quiz_ui.exercise_share_little)}" "
                    <Cited claims=[knee::CLAIM]/>
                </p>
                {labelled(quiz_ui.easier_label, words.easier)}
                {labelled(quiz_ui.harder_label, words.harder)}
            </details>
        </li>
    }
}

/// The exercises at a glance: a picture, the name and the dose of each.
#[component]
fn ExerciseSummary(
    /// The circuit's exercises.
    exercises: Vec<Prescription>,
) -> impl IntoView {
    let text = Words::get();
    view! {
        <ul class="sol-summary">
            {exercises.iter().map(|p| {
                let words = exercise_words(Words::quiz(), p.exercise);
                view! {
                    <li class="sol-summary__card">
                        <ExercisePicture prescription=*p raise=Signal::stored(100)/>
                        <span class="sol-summary__name">{words.name}</span>
                        <span class="sol-summary__dose">{dose_words(text, p)}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The exercises, the weekly plan, the pain rule and the reasons for this circuit.
#[component]
pub fn CircuitPlan(
    /// The circuit to show.
    recommendation: Recommendation,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let weekly = fill(
        quiz_ui.weekly_template,
        &[("sessions", &recommendation.sessions_per_week.to_string())],
    );
    let pain = fill(
        quiz_ui.pain_rule_template,
        &[
            ("pain", &MAX_DISCOMFORT_OUT_OF_10.to_string()),
            ("scale", &PAIN_SCALE.to_string()),
        ],
    );
    let progress = fill(
        quiz_ui.progress_template,
        &[
            ("reps", &PROGRESS_FROM_REPS.to_string()),
            ("low", &LOAD_STEP_KG.0.to_string()),
            ("high", &LOAD_STEP_KG.1.to_string()),
            ("first", &FIRST_WEEK_SETS.to_string()),
            ("sets", &SETS.to_string()),
        ],
    );
    view! {
        <ol class="sol-exercises">
            {recommendation.exercises.iter().map(|p| view! { <ExerciseCard prescription=*p/> }).collect_view()}
        </ol>
        <div class="sol-plan">
            <p>{weekly}</p>
            <p>{progress}</p>
            <p>{pain}</p>
            <p>{quiz_ui.tailor_note}" "<Cited claims=[Claim::ExerciseDosing]/></p>
        </div>
        <h5 class="sol-rationale__heading">{quiz_ui.rationale_heading}</h5>
        <ul class="sol-rationale">
            {recommendation.reasons.iter().map(|r| view! {
                <Sourced words=reason_words(*r) claims=r.claims().to_vec()/>
            }).collect_view()}
        </ul>
    }
}

/// Advice to seek care, with no exercise anywhere. An emergency puts its call button first
/// and largest; a same-day or urgent-care result offers the clinic's urgent-advice line first
/// if it set one; "see a physiotherapist first" and "get checked soon" offer the clinic's
/// booking link first. Every reason shows its sources.
#[component]
fn CareAdvice(
    /// How soon.
    urgency: Urgency,
    /// The red flags that were ticked.
    reasons: Vec<RedFlag>,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let options = Instance::get().options().clone();
    let urgency_words = &Words::quiz().urgencies[urgency.index()];
    let number = triage::emergency_number(options.emergency_number.as_deref()).to_string();
    let call = match urgency {
        Urgency::Emergency => Some((quiz_ui.call_template, number.clone())),
        Urgency::SameDay | Urgency::UrgentCare => options
            .urgent_number
            .clone()
            .map(|urgent| (quiz_ui.urgent_call_template, urgent)),
        Urgency::Soon | Urgency::SeePhysio => None,
    }
    // Checked numbers always dial; a number that does not is never offered as a button.
    .and_then(|(template, number)| tel_uri(&number).map(|href| (template, number, href)))
    .map(|(template, number, href)| {
        view! {
            <p class="sol-cta">
                <a class="sol-button sol-button--primary sol-call" href=href>
                    {fill(template, &[("number", &number)])}
                </a>
            </p>
        }
    });
    let reasons = reasons
        .iter()
        .map(|flag| {
            view! { <Sourced words=Words::quiz().red_flags[flag.index()].reason.to_string() claims=vec![flag.claim()]/> }
        })
        .collect_view();
    let book = matches!(urgency, Urgency::Soon | Urgency::SeePhysio);
    view! {
        <section class="sol-result sol-result--care" data-outcome="seek-care" aria-label=urgency_words.heading>
            // What to do comes first: the call, or the booking for an assessment.
            {call}
            {book.then(|| view! { <BookingLink options=options/> })}
            <h4 class="sol-result__title">{urgency_words.heading}</h4>
            <p>{urgency_words.advice}</p>
            {(urgency == Urgency::Emergency).then(|| view! {
                <p class="sol-result__emergency">{fill(quiz_ui.emergency_template, &[("number", &number)])}</p>
            })}
            <ul>{reasons}</ul>
            <p>{quiz_ui.no_exercise_after_flag}</p>
        </section>
    }
}

/// The personal circuit: summary, plan and printed drawing (drawn one task after the summary,
/// so showing the result never blocks the host page for long on a slow phone), and actions.
#[component]
fn CircuitResult(
    /// The quiz state (for the score and the share link).
    state: RwSignal<QuizState>,
    /// The recommended circuit.
    recommendation: Recommendation,
    /// Asks to start the guided player (through the reader's own screening if needed).
    on_start: Callback<()>,
) -> impl IntoView {
    let quiz_ui = &Words::quiz().ui;
    let text = Words::get();
    let ui = &text.ui;
    let instance = Instance::get();
    let (right, total) = state.with_untracked(QuizState::score);
    let score = fill(
        quiz_ui.score_template,
        &[("right", &right.to_string()), ("total", &total.to_string())],
    );
    let level = recommendation.level;
    // Whole minutes, rounded: the rests make the exact seconds meaningless.
    let minutes = (recommendation.total_seconds() + 30) / 60;
    let total_time = fill(
        quiz_ui.total_time_template,
        &[("minutes", &minutes.to_string())],
    );
    // The finished player's Print comes back here: the plan is drawn at once and printed.
    let PrintRequest(print_request) = widget_context();
    let print_now = print_request.get_untracked();
    let plan_ready = RwSignal::new(print_now);
    StoredValue::new_local(Timeout::new(0, move || plan_ready.set(true)));
    let section = NodeRef::<leptos::html::Section>::new();
    let print_plan = move || {
        if let Some(section) = section.get_untracked() {
            browser::print(&section);
        }
    };
    Effect::new(move |_| {
        if section.get().is_some() && print_request.get_untracked() {
            print_request.set(false);
            print_plan();
        }
    });
    let link = RwSignal::new(None::<String>);
    // Whether the link reached the clipboard: unknown while the browser decides, then said
    // honestly; where it did not, the link is selected in its field, ready to copy by hand.
    let copied = RwSignal::new(None::<bool>);
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let state = copied.get();
        if let Some(input) = field.get() {
            let _ = input.focus();
            input.select();
            if state == Some(false) && browser::copy_selection() {
                copied.set(Some(true));
            }
        }
    });
    let key = instance.key().to_string();
    let share_url = instance.options().share_url.clone();
    let copy_link = move |_| {
        let code = state.with_untracked(progress_code::encode);
        let link_to = |code: String| persist::link_with_code(&key, &code, share_url.as_deref());
        if let Some(url) = code.and_then(link_to) {
            // Shown first: the link is there even where copying is not allowed. The address
            // bar is left alone: the host's router owns it and its history.
            copied.set(None);
            link.set(Some(url.clone()));
            browser::copy_to_clipboard(&url, Callback::new(move |ok| copied.set(Some(ok))));
        }
    };
    let plan = recommendation.clone();
    let options = instance.options().clone();
    let start = move |_| on_start.run(());
    let stop_rule = fill(
        quiz_ui.stop_rule_template,
        &[
            ("pain", &MAX_DISCOMFORT_OUT_OF_10.to_string()),
            ("scale", &PAIN_SCALE.to_string()),
        ],
    );
    let clinic = options.clinic_name.clone();
    let exercises = plan.exercises.clone();
    view! {
        <section class="sol-result" data-outcome="circuit" aria-label=quiz_ui.result_heading node_ref=section>
            // Summary first: on a phone all of it fits the first screen after the last answer.
            <div class="sol-result__summary">
                {clinic.map(|name| view! { <p class="sol-print-only sol-result__clinic"><bdi>{name}</bdi></p> })}
                <h4 class="sol-result__title">
                    {fill(quiz_ui.circuit_heading_template, &[("level", level_name(Words::quiz(), level))])}
                </h4>
                <p class="sol-result__why">{Words::quiz().levels[usize::from(level.index())].summary}</p>
                <p class="sol-result__time">{total_time}</p>
                <ExerciseSummary exercises=exercises/>
                <button type="button" class="sol-button sol-button--primary sol-result__start" on:click=start>
                    {quiz_ui.start_circuit}
                </button>
                // Right under Start, before any exercise is done; the player repeats it on
                // every work step.
                <p class="sol-result__stop">{stop_rule}</p>
            </div>
            <p class="sol-result__score">{score}" "{quiz_ui.takeaway}</p>
            <div class="sol-plan-slot">
                {move || plan_ready.get().then(|| view! {
                    // Printed with the plan: the drawing at 90°, the seated calf raise's
                    // position.
                    <div class="sol-print-only sol-result__plate" aria-hidden="true">
                        <CalfDiagram
                            share=Signal::stored(knee::share(90))
                            raise=Signal::stored(0)
                            selected=Signal::stored(None)
                            deep_layer=Signal::stored(false)
                            labelled=RwSignal::new(true)
                            on_knee=|_| ()
                            on_select=|_| ()
                            still=true
                        />
                    </div>
                    <CircuitPlan recommendation=plan.clone()/>
                })}
            </div>
            <BookingLink options=options/>
            <div class="sol-actions sol-no-print">
                <button type="button" class="sol-button" on:click=copy_link>{quiz_ui.copy_link}</button>
                <ActionButton label=ui.print on_click=move |()| print_plan()/>
            </div>
            <div class="sol-link-slot">
                {move || link.get().map(|url| view! {
                    <label class="sol-link sol-no-print">
                        <span>{quiz_ui.link_label}</span>
                        <input node_ref=field class="sol-link__input" type="text" readonly value=url/>
                        <span role="status">
                            {move || match copied.get() {
                                Some(true) => quiz_ui.link_copied,
                                Some(false) => quiz_ui.link_copy_by_hand,
                                None => "",
                            }}
                        </span>
                    </label>
                })}
            </div>
        </section>
    }
}

/// Asks the result to print its plan as soon as it is shown: the finished player's Print
/// returns to the result, whose plan is what prints. Provided by the quiz.
#[derive(Clone, Copy)]
pub struct PrintRequest(pub RwSignal<bool>);

/// The result of a finished quiz: advice to seek care, or the circuit.
#[component]
pub fn ResultView(
    /// The finished quiz.
    state: RwSignal<QuizState>,
    /// Asks to start the guided player on the circuit.
    #[prop(into)]
    on_start: Callback<()>,
) -> impl IntoView {
    match state.with_untracked(QuizState::result) {
        Some(QuizResult::SeekCare(ScreeningDecision::SeekCare { urgency, reasons })) => {
            view! { <CareAdvice urgency=urgency reasons=reasons/> }.into_any()
        }
        Some(QuizResult::Circuit(recommendation)) => view! {
            <CircuitResult state=state recommendation=recommendation on_start=on_start/>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
