//! Every word the widget shows, as data, one file per language.
//!
//! Each language is one value of [`Text`](crate::content::Text): a struct, so a language that misses a key does not
//! compile, and the strings cost nothing to parse at run time. Numbers are never written into
//! the words: templates carry `{name}` placeholders that the UI fills with values computed by
//! `model`, whose constants cite their sources.

#[cfg(feature = "de")]
mod de;
mod en;

/// The languages the widget speaks. Serialised in host events as its tag (`"en"`, `"de"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the default when nothing else matches.
    #[default]
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, for tests and documentation.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// Reads a language tag such as `de`, `de-AT` or `EN`; `None` when it is not one we speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("de") {
            Some(Lang::De)
        } else {
            None
        }
    }

    /// The BCP 47 tag, for the `lang` attribute of the widget's root.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// Whether this build carries the language's words (the default English module leaves
    /// German out; see the `de` feature).
    pub fn is_built_in(self) -> bool {
        match self {
            Lang::En => true,
            Lang::De => cfg!(feature = "de"),
        }
    }

    /// This language's words; English where this build does not carry the language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            #[cfg(feature = "de")]
            Lang::De => &de::TEXT,
            #[cfg(not(feature = "de"))]
            Lang::De => &en::TEXT,
        }
    }

    /// This language's words for the quiz's steps; English where this build does not carry
    /// the language.
    ///
    /// Apart from [`Lang::text`] because only the quiz's own code reaches them: in the embed,
    /// where the quiz's steps are a module of their own, these words go into that module and
    /// are downloaded only by a reader who starts the quiz.
    pub fn quiz_text(self) -> &'static QuizText {
        match self {
            Lang::En => &en::QUIZ,
            #[cfg(feature = "de")]
            Lang::De => &de::QUIZ,
            #[cfg(not(feature = "de"))]
            Lang::De => &en::QUIZ,
        }
    }

    /// Every string of this language with a name saying where it is, for tests.
    pub fn all_strings(self) -> Vec<(String, &'static str)> {
        let mut all = self.text().all_strings();
        all.extend(self.quiz_text().all_strings());
        all
    }
}

/// Declares a struct of interface words (`Ui`, `QuizUi`) and its `entries` from one list, so
/// that tests can walk every string without a second list to keep in step.
macro_rules! define_ui {
    ($(#[$meta:meta])* $name:ident; $( $(#[doc = $doc:literal])* $key:ident, )*) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $key: &'static str, )*
        }

        impl $name {
            /// Every `(key, words)` pair, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($key), self.$key), )*]
            }
        }
    };
}

define_ui! {
    /// The widget's interface words: labels, headings, sentences and templates.
    ///
    /// Fields ending in `_template` contain `{placeholders}`, filled with [`fill`].
    Ui;
    /// Heading of the widget.
    title,
    /// One sentence under the heading saying what the widget shows.
    intro,
    /// Accessible name of the switcher between the widget's parts, under the introduction.
    parts_label,
    /// The switcher's button that shows the explorer (the quiz follows it); the other button
    /// is `quiz_heading`, which shows the quiz alone.
    part_explore,
    /// Accessible name of the diagram.
    diagram_label,
    /// Longer description of the diagram for screen readers.
    diagram_description,
    /// The drawn pose in words, after the description; `{angle}`, `{foot}` (one of the
    /// `foot_` words) and `{gastrocnemius}` (one of the `gastrocnemius_` words).
    diagram_pose_template,
    /// The foot in the pose: flat.
    foot_flat,
    /// The foot in the pose: at the top of a heel raise.
    foot_raised,
    /// The gastrocnemius with a straight or nearly straight knee.
    gastrocnemius_taut,
    /// The gastrocnemius with the knee half bent.
    gastrocnemius_shorter,
    /// The gastrocnemius with the knee well bent.
    gastrocnemius_slack,
    /// Accessible name and tooltip of the drawing's drag handle on the thigh.
    diagram_drag,
    /// The button that shows or hides the drawing's labels.
    labels_toggle,
    /// Label of the thigh bone in the drawing.
    label_femur,
    /// Label of the kneecap in the drawing.
    label_patella,
    /// Label of the shin bone in the drawing.
    label_tibia,
    /// Label of the outer lower-leg bone in the drawing.
    label_fibula,
    /// Label of the heel bone in the drawing.
    label_calcaneus,
    /// Label of the knee-angle slider.
    knee_label,
    /// The angle shown next to the slider; `{angle}`.
    degrees_template,
    /// The slider's `aria-valuetext`; `{angle}`, `{soleus}`, `{gastrocnemius}` (percentages).
    knee_valuetext_template,
    /// Heading of the share meter.
    share_heading,
    /// A share shown as one rounded value; `{percent}`.
    share_about_template,
    /// A share shown as a range where the model is uncertain; `{low}`, `{high}`.
    share_range_template,
    /// The share in words for the live region; `{soleus}`, `{gastrocnemius}` (shown shares).
    share_summary_template,
    /// The reasoning behind the bent-knee share that a reader can check; `{angle}`, `{loss}`,
    /// `{activity}`, `{area}` (percentages) and `{sources}`.
    share_reasoning_template,
    /// Sentence when the work is shared (straight or slightly bent knee); `{angle}`.
    sentence_shared_template,
    /// Sentence when the soleus leads; `{angle}`.
    sentence_soleus_leads_template,
    /// Sentence when the soleus does nearly all the work; `{angle}`.
    sentence_soleus_dominant_template,
    /// The label that says the numbers are a model; `{sources}`.
    model_label_template,
    /// The notice that is always shown.
    education_notice,
    /// Name of the Achilles tendon.
    achilles_tendon,
    /// Marks a single-leg exercise done on each leg.
    each_leg,
    /// Load estimate: field name for cadence.
    load_field_cadence,
    /// Load estimate: field name for minutes.
    load_field_minutes,
    /// Load estimate: field name for the multiple of body weight.
    load_field_multiple,
    /// Where the multiple comes from; `{low}`, `{high}`, `{sources}`.
    load_multiple_note_template,
    /// Error: not a whole number; `{field}`.
    load_error_number_template,
    /// Error: out of range; `{field}`, `{low}`, `{high}`.
    load_error_range_template,
    /// Load calculator: the chosen multiple; `{multiple}`.
    load_times_template,
    /// Load calculator heading.
    load_heading,
    /// Load calculator: what it shows and that the numbers stay on the device.
    load_intro,
    /// Load calculator: steps and multiple; `{steps}`, `{multiple}`.
    load_steps_template,
    /// Label of the group of knee presets.
    presets_label,
    /// A knee preset button; `{angle}`.
    preset_template,
    /// Label of the group of muscle buttons.
    select_muscle_label,
    /// Toggle that fades the gastrocnemius to show the whole soleus.
    deep_layer,
    /// Button that plays a heel raise.
    heel_raise_play,
    /// Button that stops the heel raise.
    heel_raise_stop,
    /// Caption while the heel raise plays; `{sentence}` is the model's sentence for the knee
    /// angle (both muscles with a straight knee, mostly the soleus with a bent one).
    heel_raise_status_template,
    /// Button that closes the muscle card.
    close_card,
    /// Caption of the comparison table.
    compare_caption,
    /// Column header for the kind of fact in the comparison table.
    compare_feature,
    /// Heading of the evidence panel.
    evidence_heading,
    /// Introduction to the evidence panel.
    evidence_intro,
    /// Label before what was checked in a source.
    evidence_checked,
    /// Said in the evidence panel while its list (in the quiz's part of the widget) is being
    /// fetched.
    evidence_loading,
    /// The evidence panel's list could not be fetched; closing and opening it tries again.
    evidence_load_failed,
    /// Heading of the quiz section.
    quiz_heading,
    /// One sentence on what the quiz does; `{count}` questions.
    quiz_intro,
    /// Button that opens the quiz (its screening comes first).
    quiz_start,
    /// Said while the quiz's part of the widget is being fetched.
    quiz_loading,
    /// The quiz's part could not be fetched; the explorer still works; pressing again retries.
    quiz_load_failed,
    /// The switcher's button (and heading) for the stride: one running step and the calf's
    /// work in it.
    part_stride,
    /// Said while the stride (in the quiz's part of the widget) is being fetched.
    stride_loading,
    /// The stride could not be fetched; the rest still works; its switcher button tries again.
    stride_load_failed,
    /// Button: previous step.
    back,
    /// Button: skip this question.
    skip,
    /// Button: pause the timer.
    pause,
    /// Button: resume the timer.
    resume,
    /// Button: do the circuit again.
    repeat,
    /// Button: print the plan.
    print,
    /// Status while paused.
    paused,
    /// Button: enter presenter mode.
    presenter_enter,
    /// Button: leave presenter mode.
    presenter_exit,
    /// Heading of the presenter shortcuts help.
    shortcuts_heading,
    /// Shortcut help: bend or straighten; `{step}` degrees.
    shortcut_knee_template,
    /// Shortcut help: presets; `{low}`, `{high}` degrees.
    shortcut_presets_template,
    /// Shortcut help: heel raise.
    shortcut_raise,
    /// Shortcut help: deep layer.
    shortcut_deep,
    /// Shortcut help: this list.
    shortcut_help,
    /// Shortcut help: leave.
    shortcut_exit,
}

define_ui! {
    /// The interface words only the quiz's steps and the stride show (see
    /// [`Lang::quiz_text`]): labels, headings, sentences and templates.
    ///
    /// Fields ending in `_template` contain `{placeholders}`, filled with [`fill`].
    QuizUi;
    /// Added to an exercise picture's text alternative when it is drawn on one leg.
    picture_one_leg,
    /// Progress through the quiz; `{current}`, `{total}`.
    quiz_progress_template,
    /// Feedback heading for a right answer.
    answer_right,
    /// Feedback heading for a wrong answer.
    answer_wrong,
    /// The knowledge score; `{right}`, `{total}`.
    score_template,
    /// One-line takeaway after the score.
    takeaway,
    /// Heading of the red-flag screening.
    screening_heading,
    /// Explains why the screening comes before any exercise.
    screening_intro,
    /// Heading of the screening's current-injury items.
    screening_injury_group,
    /// Heading of the screening's other items.
    screening_signs_group,
    /// Heading of the screening asked again before a plan's guided circuit starts.
    recheck_heading,
    /// Why it is asked again: the plan came from a link (someone else's answers).
    recheck_shared_intro,
    /// Why it is asked again: the reader's own screening is older than `{days}` days.
    recheck_stale_intro,
    /// Button: leave the re-check and read the plan again.
    recheck_back,
    /// The stop rule shown on every work step and beside Start; `{pain}` (out of 10).
    stop_rule_template,
    /// Player button that ends the circuit because it hurts.
    it_hurts,
    /// Heading after "It hurts".
    hurt_heading,
    /// What to do after "It hurts".
    hurt_advice,
    /// An exercise's soleus share at its own knee angle; `{angle}`, `{share}`.
    exercise_share_template,
    /// Said when an exercise's share is close to a straight knee's.
    exercise_share_little,
    /// Added to a loaded exercise's dose.
    with_load,
    /// How heavy a loaded exercise's weight should be; `{low}`, `{high}` repetitions.
    load_rule_template,
    /// Reason: both legs' self-test counts; `{left}`, `{right}`, `{percent}` (difference).
    reason_sides_template,
    /// Added when the legs differ by more than `{limit}` percent.
    reason_sides_large_template,
    /// Label for confirming that none of the signs apply.
    screening_none,
    /// Tells the person to call the emergency number; `{number}`.
    emergency_template,
    /// The call button of an emergency result; `{number}`.
    call_template,
    /// The clinic's urgent-advice line on a same-day result; `{number}`.
    urgent_call_template,
    /// Why the screening's button does nothing yet: a choice is needed.
    screening_required,
    /// The screening's button.
    screening_continue,
    /// Says exercise advice is withheld after a red flag.
    no_exercise_after_flag,
    /// Heading of the circuit result; `{level}`.
    circuit_heading_template,
    /// Sets and repetitions; `{sets}`, `{reps}`.
    sets_reps_template,
    /// Sets and hold time; `{sets}`, `{seconds}`.
    sets_hold_template,
    /// Tempo of each repetition; `{up}`, `{hold}`, `{down}` seconds.
    tempo_template,
    /// Rest between sets; `{seconds}`.
    rest_template,
    /// How often to do the circuit; `{sessions}`.
    weekly_template,
    /// When and how to progress; `{reps}`, `{low}`, `{high}` (kg), `{first}` and `{sets}`
    /// (the first week's sets and the usual ones).
    progress_template,
    /// How much discomfort is acceptable; `{pain}` (out of 10).
    pain_rule_template,
    /// Heading of the easier option.
    easier_label,
    /// Heading of the harder option.
    harder_label,
    /// Heading of the cue that makes it a soleus exercise.
    cue_label,
    /// A physiotherapist can tailor the plan.
    tailor_note,
    /// Heading of the rationale list.
    rationale_heading,
    /// Reason: the self-test result; `{count}`, `{level}`, `{men}`, `{women}`, `{target}`,
    /// `{youngest}` and `{oldest}` (the norms' ages).
    reason_self_test_template,
    /// Reason: no self-test; `{level}`.
    reason_no_self_test_template,
    /// Reason: a previous calf or Achilles problem.
    reason_previous_problem,
    /// Reason: a recent jump in training load.
    reason_recent_jump,
    /// Reason: age 60 or over.
    reason_older_age,
    /// Reason: high weekly distance; `{sessions}`.
    reason_high_distance,
    /// Reason: forefoot or midfoot strike.
    reason_forefoot_strike,
    /// The circuit's length, rests and leg switches included; `{minutes}`.
    total_time_template,
    /// Reason: the self-test was done on a flat floor; `{incline}`, `{level}` (the cap).
    reason_flat_floor,
    /// Player: work phase.
    phase_work,
    /// The repetition under way in the player; `{current}`, `{total}`.
    rep_template,
    /// The tempo cue while rising onto the toes; `{seconds}` of the stroke.
    stroke_up_template,
    /// The tempo cue while holding at the top; `{seconds}`.
    stroke_hold_template,
    /// The tempo cue while lowering; `{seconds}`.
    stroke_down_template,
    /// Seconds left in a hold, in the player; `{seconds}`.
    hold_left_template,
    /// Player: rest phase.
    phase_rest,
    /// Player: switch legs.
    phase_switch,
    /// Player: left leg.
    side_left,
    /// Player: right leg.
    side_right,
    /// Player: both legs.
    side_both,
    /// Player: set counter; `{set}`, `{sets}`.
    set_of_template,
    /// Player: what comes next; `{next}`.
    next_template,
    /// Player: the circuit is finished.
    finished,
    /// A share link could not be read; the quiz starts fresh.
    share_error,
    /// Heading of the source list inside a card or panel.
    sources_label,
    /// Button: next step.
    next,
    /// Button: start the quiz again.
    restart,
    /// Button: set the diagram to illustrate the answer.
    show_me,
    /// Label of the heel-raise count field.
    count_label,
    /// Button: start the guided self-test.
    count_start,
    /// Big button that stops the metronome test (Space or any key does the same).
    count_stop,
    /// The self-test was done on a flat floor; `{incline}`.
    count_flat_template,
    /// Button: leave the self-test.
    count_cancel,
    /// What the metronome is for.
    metronome,
    /// The metronome's cue on an up beat.
    beat_up,
    /// The metronome's cue on a down beat.
    beat_down,
    /// How many heel raises have been counted; `{count}`.
    counted_template,
    /// Heading of the result.
    result_heading,
    /// Link to the clinic's booking page; `{clinic}`.
    booking_template,
    /// Link to the booking page when no clinic name is set.
    booking_generic,
    /// Button: start the guided circuit.
    start_circuit,
    /// Button: copy a link to this result.
    copy_link,
    /// Label of the field showing the result link.
    link_label,
    /// Confirms the link was copied.
    link_copied,
    /// Where the link could not be copied: it is selected, ready to copy by hand.
    link_copy_by_hand,
    /// Checkbox: keep answers in this browser.
    remember,
    /// Confirms stored answers were deleted.
    remember_forgotten,
    /// Stored data could not be read and was removed.
    storage_corrupt,
    /// This browser does not allow saving here.
    storage_unavailable,
    /// Heading of the guided circuit.
    player_heading,
    /// Button: go back a phase.
    previous_phase,
    /// Button: skip to the next phase.
    next_phase,
    /// Button: leave the player.
    leave_player,
    /// Checkbox: short beeps at each change.
    sound,
    /// Keyboard shortcuts of the player.
    shortcuts,
    /// Time left in the whole circuit; `{time}`.
    remaining_template,
}

/// Words for one muscle: its name and one sentence per fact (in the anatomy model's `Fact::ALL` order).
#[derive(Debug)]
pub struct MuscleWords {
    /// The muscle's name.
    pub name: &'static str,
    /// One entry per fact, in `Fact::ALL` order; may use `{slow_twitch}`, `{pcsa}`,
    /// `{volume}` and `{other_pcsa}`.
    pub facts: [&'static str; 10],
}

/// Words for one quiz question.
#[derive(Debug)]
pub struct QuestionWords {
    /// The question, used as the fieldset's legend.
    pub prompt: &'static str,
    /// One label per option, in the model's order; may use `{low}` and `{high}`.
    pub options: &'static [&'static str],
    /// For knowledge questions, why each option is right or wrong; empty otherwise.
    pub feedback: &'static [&'static str],
    /// A hint shown under the question (for a count question, how to test).
    pub hint: &'static str,
}

/// Words for one red flag.
#[derive(Debug)]
pub struct RedFlagWords {
    /// The screening question.
    pub question: &'static str,
    /// Why it needs care, in plain words.
    pub reason: &'static str,
}

/// Words for one urgency.
#[derive(Debug)]
pub struct UrgencyWords {
    /// The heading, e.g. "Get medical advice today".
    pub heading: &'static str,
    /// What to do.
    pub advice: &'static str,
}

/// Words for one circuit level.
#[derive(Debug)]
pub struct LevelWords {
    /// The level's name.
    pub name: &'static str,
    /// One sentence on who it suits.
    pub summary: &'static str,
}

/// Words for one exercise.
#[derive(Debug)]
pub struct ExerciseWords {
    /// The exercise's name.
    pub name: &'static str,
    /// How to do it, step by step.
    pub steps: &'static [&'static str],
    /// The cue that makes it work the soleus.
    pub cue: &'static str,
    /// An easier option.
    pub easier: &'static str,
    /// A harder option.
    pub harder: &'static str,
    /// The text alternative of the exercise's picture: the pose it shows.
    pub picture: &'static str,
}

/// All user-visible words of the widget in one language.
#[derive(Debug)]
pub struct Text {
    /// Interface words.
    pub ui: Ui,
    /// Labels of the facts, in `Fact::ALL` order.
    pub fact_labels: [&'static str; 10],
    /// Soleus then gastrocnemius, in `Muscle::ALL` order.
    pub muscles: [MuscleWords; 2],
}

/// The words only the quiz's steps show, in one language (see [`Lang::quiz_text`]).
#[derive(Debug)]
pub struct QuizText {
    /// The interface words of the quiz's steps and the stride.
    pub ui: QuizUi,
    /// What was checked in each source, in the evidence registry's order, for languages other
    /// than the registry's English; empty where the registry's own notes stand (a test ties
    /// the length to the registry's). Here because only the lists of sources show them, and
    /// the quiz's module draws those.
    pub source_notes: &'static [&'static str],
    /// One per question, in `QUESTIONS` order.
    pub questions: [QuestionWords; 11],
    /// One per screening item, in `RedFlag::ALL` order (a test ties the two lengths).
    pub red_flags: [RedFlagWords; 15],
    /// One per urgency, in `Urgency::ALL` order: see a physiotherapist first, soon, same
    /// day, urgent care today, emergency.
    pub urgencies: [UrgencyWords; 5],
    /// One per level, in `Level::ALL` order.
    pub levels: [LevelWords; 3],
    /// One per exercise, in `Exercise::ALL` order.
    pub exercises: [ExerciseWords; 5],
    /// The player's count-in before an exercise and after a leg switch.
    pub get_ready: &'static str,
    /// The count-in's instruction; `{seconds}` left.
    pub starts_in_template: &'static str,
    /// The stride's words (it comes with the quiz's module).
    pub stride: StrideWords,
}

/// The words of the stride: one running step's stance, with the calf's work in it.
#[derive(Debug)]
pub struct StrideWords {
    /// Under the heading: what the stride shows and how to move through it.
    pub intro: &'static str,
    /// Accessible name of the drawn runner; `{phase}` and `{percent}`.
    pub figure_template: &'static str,
    /// Accessible name of the force curves.
    pub chart_label: &'static str,
    /// The curves' vertical axis: multiples of body weight.
    pub axis_label: &'static str,
    /// The curves' horizontal axis ends: touchdown, toe-off.
    pub axis_ends: [&'static str; 2],
    /// The scrubber's label.
    pub scrubber_label: &'static str,
    /// The scrubber's spoken value; `{percent}` and `{phase}`.
    pub scrubber_value_template: &'static str,
    /// Play through the step, and stop.
    pub play: &'static str,
    /// Stop playing.
    pub pause: &'static str,
    /// The landing switch's name and its two choices: heel first, forefoot first.
    pub landing_label: &'static str,
    /// Heel first, then forefoot first.
    pub landings: [&'static str; 2],
    /// The pace switch's name.
    pub speed_label: &'static str,
    /// Easy, then faster.
    pub speeds: [&'static str; 2],
    /// The phases' names, in `Phase::ALL` order.
    pub phase_names: [&'static str; 5],
    /// What the muscles do in each phase, in `Phase::ALL` order (touchdown after a heel
    /// landing first).
    pub phase_text: [&'static str; 5],
    /// What the calf does at touchdown after a forefoot landing.
    pub touchdown_forefoot: &'static str,
    /// The values at this instant; `{soleus}` and `{gastrocnemius}` ranges.
    pub values_template: &'static str,
    /// The muscles' names beside their curves: soleus, gastrocnemius.
    pub curve_names: [&'static str; 2],
    /// What the curves are; `{soleus}` and `{gastrocnemius}`: the quoted peak ranges.
    pub model_note_template: &'static str,
    /// What a faster pace changes; `{speed}`: metres per second.
    pub speed_note_template: &'static str,
    /// What the landing changes.
    pub landing_note: &'static str,
    /// The knee at mid-stance and the explorer's share there; `{angle}` and `{share}`.
    pub knee_template: &'static str,
    /// The number of such steps in a run; `{minutes}`, `{cadence}` and `{steps}`.
    pub steps_template: &'static str,
    /// The link to the circuit.
    pub circuit_line: &'static str,
    /// Presenter mode's keys for the stride.
    pub shortcuts: &'static str,
    /// Before the stride's citations.
    pub sources_label: &'static str,
    /// The summary of the stride's list of what was checked in each source.
    pub checked_label: &'static str,
    /// What was checked in each of the stride's own sources, in
    /// `model::evidence::STRIDE_SOURCES` order, for languages other than the registry's
    /// English; empty where the registry's own notes stand.
    pub source_notes: &'static [&'static str],
}

/// `entries` with owned names, to which the callers add their lists' entries.
fn named(entries: Vec<(&'static str, &'static str)>) -> Vec<(String, &'static str)> {
    entries
        .into_iter()
        .map(|(key, words)| (key.to_string(), words))
        .collect()
}

impl Text {
    /// Every string of this language with a name saying where it is, for tests.
    pub fn all_strings(&self) -> Vec<(String, &'static str)> {
        let mut all = named(self.ui.entries());
        let mut add = |key: String, value: &'static str| all.push((key, value));
        for (i, label) in self.fact_labels.iter().enumerate() {
            add(format!("fact_labels[{i}]"), label);
        }
        for (m, muscle) in self.muscles.iter().enumerate() {
            add(format!("muscles[{m}].name"), muscle.name);
            for (i, fact) in muscle.facts.iter().enumerate() {
                add(format!("muscles[{m}].facts[{i}]"), fact);
            }
        }
        all
    }
}

impl QuizText {
    /// Every string of the quiz's words with a name saying where it is, for tests.
    pub fn all_strings(&self) -> Vec<(String, &'static str)> {
        let mut all = named(self.ui.entries());
        let mut add = |key: String, value: &'static str| all.push((key, value));
        for (q, question) in self.questions.iter().enumerate() {
            add(format!("questions[{q}].prompt"), question.prompt);
            add(format!("questions[{q}].hint"), question.hint);
            for (i, option) in question.options.iter().enumerate() {
                add(format!("questions[{q}].options[{i}]"), option);
            }
            for (i, feedback) in question.feedback.iter().enumerate() {
                add(format!("questions[{q}].feedback[{i}]"), feedback);
            }
        }
        for (i, flag) in self.red_flags.iter().enumerate() {
            add(format!("red_flags[{i}].question"), flag.question);
            add(format!("red_flags[{i}].reason"), flag.reason);
        }
        for (i, urgency) in self.urgencies.iter().enumerate() {
            add(format!("urgencies[{i}].heading"), urgency.heading);
            add(format!("urgencies[{i}].advice"), urgency.advice);
        }
        for (i, level) in self.levels.iter().enumerate() {
            add(format!("levels[{i}].name"), level.name);
            add(format!("levels[{i}].summary"), level.summary);
        }
        let stride = &self.stride;
        for (key, value) in [
            ("intro", stride.intro),
            ("figure_template", stride.figure_template),
            ("chart_label", stride.chart_label),
            ("axis_label", stride.axis_label),
            ("scrubber_label", stride.scrubber_label),
            ("scrubber_value_template", stride.scrubber_value_template),
            ("play", stride.play),
            ("pause", stride.pause),
            ("landing_label", stride.landing_label),
            ("speed_label", stride.speed_label),
            ("touchdown_forefoot", stride.touchdown_forefoot),
            ("values_template", stride.values_template),
            ("model_note_template", stride.model_note_template),
            ("speed_note_template", stride.speed_note_template),
            ("landing_note", stride.landing_note),
            ("knee_template", stride.knee_template),
            ("steps_template", stride.steps_template),
            ("circuit_line", stride.circuit_line),
            ("shortcuts", stride.shortcuts),
            ("sources_label", stride.sources_label),
            ("checked_label", stride.checked_label),
        ] {
            add(format!("stride.{key}"), value);
        }
        // The source notes are not interface words (they quote the sources' numbers): tested
        // with the registry instead.
        let lists: [(&str, &[&'static str]); 6] = [
            ("axis_ends", &stride.axis_ends),
            ("landings", &stride.landings),
            ("speeds", &stride.speeds),
            ("phase_names", &stride.phase_names),
            ("phase_text", &stride.phase_text),
            ("curve_names", &stride.curve_names),
        ];
        for (key, values) in lists {
            for (i, value) in values.iter().enumerate() {
                add(format!("stride.{key}[{i}]"), value);
            }
        }
        for (e, exercise) in self.exercises.iter().enumerate() {
            add(format!("exercises[{e}].name"), exercise.name);
            add(format!("exercises[{e}].cue"), exercise.cue);
            add(format!("exercises[{e}].easier"), exercise.easier);
            add(format!("exercises[{e}].harder"), exercise.harder);
            add(format!("exercises[{e}].picture"), exercise.picture);
            for (i, step) in exercise.steps.iter().enumerate() {
                add(format!("exercises[{e}].steps[{i}]"), step);
            }
        }
        add("get_ready".to_string(), self.get_ready);
        add("starts_in_template".to_string(), self.starts_in_template);
        all
    }
}

/// The words before and after the first placeholder left in `template` (one whose value is an
/// element, not words), or all of it and nothing when there is none. Splits at `{` and `}`,
/// as [`fill`] does, so no substring search comes into the module.
pub fn around_placeholder(template: &str) -> (&str, &str) {
    match template.split_once('{') {
        Some((before, rest)) => (before, rest.split_once('}').map_or("", |(_, after)| after)),
        None => (template, ""),
    }
}

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // `split_once` cannot split inside a character, so this has no panic path.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every placeholder name the UI fills; a template using any other name is a typo.
pub const PLACEHOLDERS: &[&str] = &[
    "angle",
    "foot",
    "sentence",
    "soleus",
    "gastrocnemius",
    "percent",
    "sources",
    "current",
    "total",
    "right",
    "number",
    "level",
    "sets",
    "reps",
    "seconds",
    "up",
    "hold",
    "down",
    "sessions",
    "pain",
    "count",
    "target",
    "set",
    "next",
    "steps",
    "days",
    "scale",
    "share",
    "limit",
    "left",
    "right",
    "first",
    "youngest",
    "oldest",
    "weeks",
    "men",
    "women",
    "multiple",
    "low",
    "high",
    "over",
    "field",
    "slow_twitch",
    "pcsa",
    "other_pcsa",
    "muscle",
    "clinic",
    "step",
    "time",
    "loss",
    "activity",
    "area",
    "incline",
    "bpm",
    "minutes",
    "phase",
    "cadence",
    "speed",
];

/// The `{names}` used in `template`, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_around_a_placeholder_are_split_at_it() {
        assert_eq!(
            around_placeholder("Book with {clinic} today"),
            ("Book with ", " today")
        );
        assert_eq!(around_placeholder("no place"), ("no place", ""));
        assert_eq!(around_placeholder("cut {off"), ("cut ", ""));
        // Every template that places an element has its placeholder once.
        for lang in [Lang::En, Lang::De] {
            let text = lang.text();
            let (before, after) = around_placeholder(lang.quiz_text().ui.booking_template);
            assert!(!before.is_empty() && !before.contains('{') && !after.contains('{'));
            let note = fill(
                text.ui.load_multiple_note_template,
                &[("low", "3"), ("high", "8")],
            );
            let (before, after) = around_placeholder(&note);
            assert!(!before.is_empty() && !after.is_empty(), "{note}");
        }
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{a} and {b}", &[("a", "1")]), "1 and {b}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("no placeholders", &[("a", "1")]), "no placeholders");
    }

    #[test]
    fn language_tags_are_read_loosely_and_unknown_ones_rejected() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn every_language_has_the_same_keys_with_the_same_placeholders() {
        let english = Lang::En.all_strings();
        for lang in Lang::ALL {
            let other = lang.all_strings();
            let keys =
                |all: &[(String, &str)]| all.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
            assert_eq!(
                keys(&english),
                keys(&other),
                "{lang:?} keys differ from English"
            );
            for ((key, en), (_, words)) in english.iter().zip(&other) {
                let mut expected = placeholders(en);
                let mut found = placeholders(words);
                expected.sort_unstable();
                found.sort_unstable();
                assert_eq!(expected, found, "{lang:?} {key} placeholders differ");
            }
        }
    }

    #[test]
    fn no_words_contain_digits_so_every_number_comes_from_the_sourced_model() {
        for lang in Lang::ALL {
            for (key, words) in lang.all_strings() {
                assert!(
                    !words.chars().any(|c| c.is_ascii_digit()),
                    "{lang:?} {key} contains a number written into the words: {words}"
                );
            }
        }
    }

    #[test]
    fn every_placeholder_is_one_the_interface_fills() {
        for lang in Lang::ALL {
            for (key, words) in lang.all_strings() {
                for name in placeholders(words) {
                    assert!(
                        PLACEHOLDERS.contains(&name),
                        "{lang:?} {key}: unknown {{{name}}}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_words_are_missing() {
        for lang in Lang::ALL {
            for (key, words) in lang.all_strings() {
                let optional_hint = key.ends_with(".hint");
                assert!(
                    optional_hint || !words.trim().is_empty(),
                    "{lang:?} {key} is empty"
                );
            }
        }
    }

    #[test]
    fn the_circuit_is_never_attributed_to_a_person() {
        for lang in Lang::ALL {
            for (key, words) in lang.all_strings() {
                let lower = words.to_lowercase();
                assert!(
                    !lower.contains("goom") && !lower.contains("running physio"),
                    "{key}"
                );
            }
        }
    }
}
