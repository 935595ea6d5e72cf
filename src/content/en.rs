//! English words.

use super::{
    ExerciseWords, LevelWords, MuscleWords, QuestionWords, QuizText, QuizUi, RedFlagWords,
    StrideWords, Text, Ui, UrgencyWords,
};

/// The widget in English.
pub static TEXT: Text = Text {
    ui: Ui {
        title: "Soleus and gastrocnemius: who does the work?",
        intro: "Your calf has two big muscles. Bend the knee and watch the work move from the \
                gastrocnemius to the deeper soleus.",
        parts_label: "Show",
        part_explore: "Explore the calf",
        diagram_label: "Diagram of the lower leg seen from the side",
        diagram_description: "The gastrocnemius starts above the knee and forms the visible \
                              bulk of the calf. The soleus lies beneath it and starts below the \
                              knee. Both join the Achilles tendon at the heel.",
        diagram_pose_template: "Shown: the knee bent {angle}° and the foot {foot}. The \
                                gastrocnemius, which crosses the knee, is {gastrocnemius}; the \
                                soleus, below the knee, keeps its length.",
        foot_flat: "flat on the ground",
        foot_raised: "at the top of a heel raise, the heel lifted and the toes on the ground",
        gastrocnemius_taut: "long and taut",
        gastrocnemius_shorter: "shorter and less taut",
        gastrocnemius_slack: "short and slack",
        diagram_drag: "Drag to bend the knee",
        labels_toggle: "Labels",
        label_femur: "Femur",
        label_patella: "Patella",
        label_tibia: "Tibia",
        label_fibula: "Fibula",
        label_calcaneus: "Calcaneus",
        knee_label: "Knee bend",
        degrees_template: "{angle}°",
        knee_valuetext_template: "Knee bent {angle} degrees: soleus {soleus}, gastrocnemius \
                                  {gastrocnemius} of the work (model estimate)",
        share_heading: "Estimated share of the work",
        share_about_template: "about {percent}%",
        share_range_template: "{low}–{high}%",
        share_summary_template: "Estimated share: soleus {soleus}, gastrocnemius \
                                 {gastrocnemius}.",
        share_reasoning_template: "Check the reasoning: by size, the gastrocnemius is about \
                                   {area}% of the calf's muscle cross-section. With the knee \
                                   bent to {angle}°, its activity in a maximal push was about \
                                   {activity}% lower than with a straight knee, so it still \
                                   works ({sources}); a shortened muscle also makes less force \
                                   for the same activity. The model therefore lets it keep \
                                   between {low}% and {high}% of its force, which leaves the \
                                   soleus the larger share, not all of the work. The measured \
                                   loss of strength ({loss}%) is bigger than this explains, so \
                                   the sources do not fit together exactly, and in heel raises \
                                   with a smaller bend the shift was small.",
        sentence_shared_template: "With the knee at {angle}°, the soleus and the gastrocnemius \
                                   share the work.",
        sentence_soleus_leads_template: "With the knee bent to {angle}°, the gastrocnemius \
                                         weakens and the soleus takes over more of the work.",
        sentence_soleus_dominant_template: "With the knee bent to {angle}°, the soleus does \
                                            the larger share of the work; the gastrocnemius \
                                            still helps.",
        model_label_template: "Model, not measurement: an estimate from muscle size and \
                               bent-knee strength studies ({sources}). The curve between them \
                               is illustrative.",
        education_notice: "Education, not diagnosis. This does not replace an assessment: if \
                           pain persists or gets worse, see a physiotherapist or doctor.",
        achilles_tendon: "Achilles\u{a0}tendon",
        each_leg: "each leg",
        load_field_cadence: "Cadence (steps per minute)",
        load_field_minutes: "Run time (minutes)",
        load_field_multiple: "Calf load per step (× body weight)",
        load_multiple_note_template: "Modelling studies are reported to estimate peak forces \
                                      of about {low}× body weight in the gastrocnemius and up \
                                      to {high}× in the soleus in each running step (figures \
                                      as quoted, not checked against the paper; {sources}). A \
                                      rough estimate, not a measurement.",
        load_error_number_template: "{field}: please enter a whole number.",
        load_error_range_template: "{field}: please enter a number from {low} to {high}.",
        load_times_template: "{multiple}× body weight",
        load_heading: "What a run asks of each calf",
        load_intro: "A rough estimate from your run. Nothing you type leaves this device.",
        load_steps_template: "About {steps} steps per leg, each loading the calf with about \
                              {multiple}× body weight at its peak.",
        presets_label: "Knee presets",
        preset_template: "{angle}°",
        select_muscle_label: "Explore a muscle",
        deep_layer: "Show the deep layer",
        heel_raise_play: "Play a heel raise",
        heel_raise_stop: "Stop",
        heel_raise_status_template: "Heel raise. {sentence}",
        close_card: "Close",
        compare_caption: "Soleus and gastrocnemius compared",
        compare_feature: "Feature",
        evidence_heading: "Sources behind this widget",
        evidence_intro: "These are the sources behind the numbers and facts this widget shows. \
                         Where a source was not re-read in full, its note says so.",
        evidence_checked: "What was checked:",
        evidence_loading: "Loading the sources…",
        evidence_load_failed: "The sources could not load. Check your connection, then close \
                               and open this list to try again.",
        quiz_heading: "Check your calves",
        quiz_intro: "A safety check first, then {count} short questions and a soleus circuit \
                     suggested from your answers.",
        quiz_start: "Start the check",
        quiz_loading: "Loading the check…",
        quiz_load_failed: "The check could not load. Check your connection and press Start the \
                           check to try again.",
        part_stride: "In the stride",
        stride_loading: "Loading the stride…",
        stride_load_failed: "The stride could not load. Check your connection and press In the \
                             stride to try again.",
        back: "Back",
        skip: "Skip",
        pause: "Pause",
        resume: "Resume",
        repeat: "Do it again",
        print: "Print the plan",
        paused: "Paused",
        presenter_enter: "Presenter mode",
        presenter_exit: "Exit presenter mode",
        shortcuts_heading: "Keyboard shortcuts",
        shortcut_knee_template: "Bend or straighten the knee by {step}°",
        shortcut_presets_template: "Straight, {low}° or {high}°",
        shortcut_raise: "Play or stop a heel raise",
        shortcut_deep: "Show or hide the deep layer",
        shortcut_help: "Show or hide this list",
        shortcut_exit: "Leave presenter mode",
    },
    fact_labels: [
        "Position",
        "Starts at",
        "Ends at",
        "Joints crossed",
        "Nerve",
        "Fibre type",
        "Size",
        "Role in running",
        "What loads it",
        "Typical injury",
    ],
    muscles: [
        MuscleWords {
            name: "Soleus",
            facts: [
                "Deep: under the gastrocnemius, flatter and wider, visible at the sides of the \
                 lower calf.",
                "The back of the fibula's head and upper shaft, the soleal line and middle of \
                 the tibia, and a tendinous arch between them.",
                "The heel bone (calcaneus), through the Achilles tendon.",
                "The ankle only, so bending the knee does not weaken it.",
                "Tibial nerve.",
                "About {slow_twitch}% slow-twitch fibres: built for endurance.",
                "The largest calf muscle: about {pcsa} cm² of physiological cross-section, \
                 against {other_pcsa} cm² for both gastrocnemius heads.",
                "Supports the body and drives it forward in every step; with the gastrocnemius \
                 it provides most of the support force in running up to fast speeds.",
                "Long runs and bent-knee positions; distance runners have relatively more \
                 soleus than sprinters.",
                "Gradual tightness or a strain deep in the lower calf, often after a sudden \
                 increase in how much you run; weakness is common with Achilles pain.",
            ],
        },
        MuscleWords {
            name: "Gastrocnemius",
            facts: [
                "Superficial: the visible bulk of the calf, with a medial (inner) and a lateral \
                 (outer) head.",
                "The back of the femur's medial and lateral condyles, just above the knee.",
                "The heel bone (calcaneus), through the Achilles tendon.",
                "The knee and the ankle, so it weakens as the knee bends.",
                "Tibial nerve.",
                "About {slow_twitch}% slow-twitch fibres: more fast-twitch than the soleus.",
                "About {pcsa} cm² of physiological cross-section for both heads together.",
                "Powerful push-off, especially with a straight knee and in fast running.",
                "Fast, powerful push-offs with a straight knee, as in sprinting and jumping.",
                "A sudden sharp pain in the inner calf, often mid-calf where muscle meets \
                 tendon, during a fast push-off; older age and a previous strain raise the \
                 risk.",
            ],
        },
    ],
};

/// The words only the quiz's steps show (see `Lang::quiz_text`).
pub static QUIZ: QuizText = QuizText {
    ui: QuizUi {
        picture_one_leg: "On one leg, the other foot lifted behind.",
        quiz_progress_template: "{current} of {total}",
        answer_right: "Right.",
        answer_wrong: "Not quite.",
        score_template: "You got {right} of {total} right.",
        takeaway: "Bend the knee to train the soleus: it carries much of a runner's calf load \
                   and is easy to overlook.",
        screening_heading: "Before we suggest exercise",
        screening_intro: "Some calf problems need a clinician, not exercise. Tick anything that \
                          applies to you now.",
        screening_injury_group: "An injury now",
        screening_signs_group: "Signs that need a clinician",
        recheck_heading: "Before you start: check these for yourself",
        recheck_shared_intro: "This plan came from a link, so it was made from someone else's \
                               answers. Only you know how your legs are today: tick anything \
                               that applies to you now.",
        recheck_stale_intro: "You last checked these more than {days} days ago. Do any of them \
                              apply to you now?",
        recheck_back: "Back to the plan",
        stop_rule_template: "Sharp pain, or pain above {pain}/{scale}: stop.",
        it_hurts: "It hurts",
        hurt_heading: "Stop here for today",
        hurt_advice: "Rest the leg and do not push through pain. Mild soreness that settles by \
                      the next day is normal. If the pain was sharp, is still there tomorrow, or \
                      comes back when you try again, see a physiotherapist before going on with \
                      the circuit.",
        exercise_share_template: "At this knee bend (about {angle}°) the model gives the soleus \
                                  {share} of the work.",
        exercise_share_little: "That is close to a straight knee: this exercise trains both \
                                muscles and shifts only a little work to the soleus.",
        with_load: "with a weight",
        load_rule_template: "Use a weight on your thighs (a backpack or dumbbells) that leaves \
                             you {low}–{high} more repetitions in reserve at the end of each set.",
        reason_sides_template: "Left leg {left}, right leg {right}: the weaker leg managed \
                                {percent}% fewer raises than the other.",
        reason_sides_large_template: "A difference of more than {limit}% is worth showing a \
                                      physiotherapist; the plan starts from the weaker leg.",
        screening_none: "None of these apply to me",
        emergency_template: "If you cannot call, ask someone nearby to call {number} or your \
                             local emergency number.",
        call_template: "Call {number}",
        urgent_call_template: "Call {number} for urgent medical advice",
        screening_required: "Tick each sign that applies, or “None of these apply to me”, to \
                             go on.",
        screening_continue: "Continue",
        no_exercise_after_flag: "Because of what you told us, we are not suggesting any \
                                 exercise. Please get checked first.",
        circuit_heading_template: "Your soleus circuit: {level}",
        sets_reps_template: "{sets} sets × {reps} repetitions",
        sets_hold_template: "{sets} sets × {seconds} s hold",
        tempo_template: "{up} s up, {hold} s hold at the top, {down} s down",
        rest_template: "Rest {seconds} s between sets",
        weekly_template: "Do the circuit {sessions} times a week, on non-consecutive days.",
        progress_template: "Once {reps} slow repetitions feel comfortable, add load rather than \
                            repetitions: about {low}–{high} kg at a time, at most once a week. \
                            In your first week, do {first} sets instead of {sets}.",
        pain_rule_template: "Mild discomfort up to {pain}/{scale} is fine if it settles by the next \
                             day. Stop and get advice if pain is sharp or builds up.",
        easier_label: "Easier",
        harder_label: "Harder",
        cue_label: "What to focus on",
        tailor_note: "A physiotherapist can tailor this circuit to you.",
        rationale_heading: "Why this circuit",
        reason_self_test_template: "Your weaker leg managed {count} single-leg heel raises. In a \
                                    study of adults aged {youngest} to {oldest}, the median was {men} for men \
                                    and {women} for women, and fewer with age; clinicians aim \
                                    for {target} or more in runners. That points to {level}.",
        reason_no_self_test_template: "Without a heel-raise test, your running background points \
                                       to {level}.",
        reason_previous_problem: "A previous calf strain is one of the strongest risk factors \
                                  for another, so we start one level easier.",
        reason_recent_jump: "A recent jump in training load is a common trigger for calf \
                             trouble (clinical experience), so we start one level easier.",
        reason_older_age: "Calf strains become more likely with age, so we start one level \
                           easier.",
        reason_high_distance: "You run a lot each week, so {sessions} sessions a week suit you \
                               (clinical practice, not a study finding).",
        reason_forefoot_strike: "Landing on the forefoot or midfoot makes the calf work earlier \
                                 and for longer in each step.",
        total_time_template: "About {minutes} minutes, rests and leg switches included.",
        reason_flat_floor: "You did the test on a flat floor rather than the {incline}° slope \
                            the norms come from. That is easier, so the comparison is \
                            approximate and the plan goes no higher than {level}.",
        phase_work: "Work",
        rep_template: "Rep {current} of {total}",
        stroke_up_template: "Up · {seconds}\u{a0}s",
        stroke_hold_template: "Hold · {seconds}\u{a0}s",
        stroke_down_template: "Down · {seconds}\u{a0}s",
        hold_left_template: "Hold: {seconds}\u{a0}s left",
        phase_rest: "Rest",
        phase_switch: "Switch legs",
        side_left: "Left leg",
        side_right: "Right leg",
        side_both: "Both legs",
        set_of_template: "Set {set} of {sets}",
        next_template: "Next: {next}",
        finished: "Circuit finished. Well done!",
        share_error: "This link could not be read, so the quiz starts fresh. Nothing was sent \
                      anywhere.",
        sources_label: "Sources",
        next: "Next",
        restart: "Start again",
        show_me: "Show me in the diagram",
        count_label: "Number of heel raises",
        count_start: "Start the metronome test",
        count_stop: "Stop: that was my last one",
        count_flat_template: "I did it on a flat floor, not a {incline}° slope (the comparison \
                              will be approximate)",
        count_cancel: "Cancel the test",
        metronome: "Rise on one beat, lower on the next. The count goes up by itself: when you \
                    cannot keep up, cannot rise fully, or need to bend the knee, lean or hold on \
                    more than with your fingertips, press the big button, Space or any key once.",
        beat_up: "Up",
        beat_down: "Down",
        counted_template: "Heel raises so far: {count}",
        result_heading: "Your result",
        booking_template: "Book an assessment with {clinic}",
        booking_generic: "Book an assessment",
        start_circuit: "Start the guided circuit",
        copy_link: "Copy a link to this result",
        link_label: "Link to your result (nothing is sent anywhere)",
        link_copied: "Link copied.",
        link_copy_by_hand:
            "Copying was not allowed here: the link is selected, press Ctrl+C (or ⌘C) to copy it.",
        remember: "Remember my answers on this device",
        remember_forgotten: "Your saved answers were deleted from this device.",
        storage_corrupt: "Saved answers on this device could not be read and were removed.",
        storage_unavailable: "This browser does not allow saving here, so nothing was stored.",
        player_heading: "Guided circuit",
        previous_phase: "Previous",
        next_phase: "Skip ahead",
        leave_player: "Leave the circuit",
        sound: "Sound cues",
        shortcuts: "Keys: Space pauses or resumes, Left goes back, Right skips ahead.",
        remaining_template: "{time} left in the circuit",
    },
    source_notes: &[],
    questions: [
        QuestionWords {
            prompt: "Which calf muscle lies deeper?",
            options: &["The soleus", "The gastrocnemius", "They lie side by side"],
            feedback: &[
                "The soleus lies under the gastrocnemius; you see it only at the sides of the \
                 lower calf.",
                "The gastrocnemius is the superficial one: it makes the visible bulge of the \
                 calf.",
                "They are layered: the gastrocnemius on top, the soleus beneath.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "To make the soleus do more of the work in a heel raise, how should the \
                     knee be?",
            options: &[
                "Straight",
                "Bent, around a right angle",
                "It makes no difference",
            ],
            feedback: &[
                "With a straight knee the gastrocnemius works at its best and shares the load.",
                "Bending the knee shortens the gastrocnemius, which crosses the knee, so it \
                 adds less force and the soleus takes a larger share. The work shifts; the \
                 gastrocnemius is not switched off.",
                "It does: only the gastrocnemius crosses the knee, so the knee angle changes how \
                 much it can help.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "Which muscle has more slow-twitch, fatigue-resistant fibres?",
            options: &["The soleus", "The gastrocnemius", "Both the same"],
            feedback: &[
                "About {slow_twitch}% of soleus fibres are slow-twitch: it is an endurance \
                 muscle.",
                "The gastrocnemius has more fast-twitch fibres than the soleus.",
                "The soleus has clearly more slow-twitch fibres than the gastrocnemius.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "How would you describe your running?",
            options: &[
                "New to running, or back after a long break",
                "I run regularly",
                "I train for races",
            ],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "How far do you run in a typical week?",
            options: &["Under {low} km", "{low} to {high} km", "Over {high} km"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Have you recently increased your running a lot, for example before a race?",
            options: &["Yes", "No"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "How do you usually land when you run?",
            options: &["On my heel", "On my forefoot or midfoot", "I don't know"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Have you had a calf strain or Achilles pain before?",
            options: &["Yes", "No"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "How old are you?",
            options: &["Under {low}", "{low} to {high}", "{over} or over"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Left leg: how many single-leg heel raises can you do with a straight knee?",
            options: &[],
            feedback: &[],
            hint: "The test behind the norms: stand on one leg on a firm slope of about \
                   {incline}° that cannot slip (toes higher than the heel, a wedge or ramp), or \
                   on the flat floor and tick the box below. Keep the knee straight and the body \
                   still, the other foot off the ground, fingertips only on a wall. Rise as high \
                   as you can and lower in time with a {bpm}-beat-a-minute metronome, up on one \
                   beat and down on the next. Stop when you cannot keep the beat, cannot rise \
                   fully, bend the knee, lean, or need more than your fingertips. Type the \
                   count, or let the metronome below count for you. Skip this if it hurts, and \
                   get it checked before you start the circuit.",
        },
        QuestionWords {
            prompt: "Right leg: the same test on the other leg.",
            options: &[],
            feedback: &[],
            hint: "The same set-up and the same stopping rules. The plan starts from the weaker \
                   leg, and a large difference between the legs is worth showing a \
                   physiotherapist.",
        },
    ],
    red_flags: [
        RedFlagWords {
            question: "A calf or Achilles injury in the last {weeks} weeks (a strain, tear or sudden \
                       pain during exercise)",
            reason: "A recent injury needs a plan for where it is in healing, not a plan for a \
                     healthy calf.",
        },
        RedFlagWords {
            question: "Calf or Achilles pain now that makes you limp, or stops you hopping on \
                       that leg",
            reason: "Pain that changes how you walk or hop means the leg is not ready for this \
                     circuit yet.",
        },
        RedFlagWords {
            question: "One calf swollen compared with the other, or warm, red or darker, tender \
                       to touch or throbbing",
            reason: "These can be signs of a blood clot in a deep vein (DVT), which needs \
                     checking the same day, even if it started after running.",
        },
        RedFlagWords {
            question: "Pain in one calf, and in the last few weeks a long journey (such as a \
                       long-haul flight), surgery, a plaster cast or boot, or bed rest; or a \
                       previous clot, pregnancy or a recent birth, the contraceptive pill or \
                       HRT, or cancer or its treatment",
            reason: "Calf pain together with something that raises the risk of a clot needs \
                     checking the same day.",
        },
        RedFlagWords {
            question: "Breathlessness, chest pain when breathing in, or coughing up blood",
            reason: "With calf symptoms this can mean a clot has moved to the lungs: an \
                     emergency.",
        },
        RedFlagWords {
            question: "A sudden snap or feeling of being kicked at the back of the ankle, a gap \
                       above the heel, or you cannot rise onto tiptoe on that leg alone",
            reason: "These can be signs of an Achilles tendon rupture, and treatment works best \
                     when it starts early. Being able to walk does not rule it out.",
        },
        RedFlagWords {
            question: "Sudden, severe calf pain that keeps getting worse and does not ease with \
                       rest or painkillers, often after an injury, with a tight, swollen calf",
            reason: "These can be signs of acute compartment syndrome, where pressure builds up \
                     inside the muscle: an emergency.",
        },
        RedFlagWords {
            question: "Calf tightness, aching, tingling or numbness that comes on when you walk \
                       or run and settles when you stop",
            reason: "This pattern can come from pressure in the muscle during exercise (chronic \
                     compartment syndrome) or from the blood supply, and should be checked by a \
                     doctor or physiotherapist. It is not an emergency.",
        },
        RedFlagWords {
            question: "A leg or foot that has suddenly gone cold, pale or blue, and is painful \
                       or numb",
            reason: "This can mean the blood supply to the leg is blocked: an emergency.",
        },
        RedFlagWords {
            question: "Skin on the leg that is red, hot and swollen and spreading, or a fever",
            reason: "These can be signs of a skin infection (cellulitis), which needs checking \
                     the same day.",
        },
        RedFlagWords {
            question: "A fever with feeling very unwell, confused, shivering hard, or very \
                       breathless",
            reason: "With an infection these can be signs of sepsis: an emergency.",
        },
        RedFlagWords {
            question: "Pain at one spot on your shin bone that hurts to press and hurts when you \
                       run or hop",
            reason: "This can be a bone stress injury. Stop running until it has been checked.",
        },
        RedFlagWords {
            question: "Leg pain at night or at rest, with weight loss you cannot explain or a \
                       history of cancer",
            reason: "This needs a doctor to look for causes other than the muscles.",
        },
        RedFlagWords {
            question: "Back pain with pain, tingling, numbness or weakness going down the leg",
            reason: "The calf symptoms may come from a nerve in the back, which a doctor or \
                     physiotherapist should assess.",
        },
        RedFlagWords {
            question: "Numbness around your bottom or genitals, or new problems controlling \
                       your bladder or bowels",
            reason: "These can be signs that nerves at the base of the spine are squeezed \
                     (cauda equina syndrome): an emergency.",
        },
    ],
    urgencies: [
        UrgencyWords {
            heading: "See a physiotherapist before starting this circuit",
            advice: "A current or recent injury needs assessing first: a physiotherapist can \
                     tell you how far it has healed and when and how to start loading it. Until \
                     then, avoid anything that hurts.",
        },
        UrgencyWords {
            heading: "Get checked soon",
            advice: "Book an appointment with a doctor or physiotherapist in the next few days \
                     and mention these signs. Do not do this circuit, and do not run through \
                     the pain, until you have been checked.",
        },
        UrgencyWords {
            heading: "Get medical advice today",
            advice: "Contact your doctor or an urgent medical advice service today. Do not \
                     exercise the leg until you have been checked.",
        },
        UrgencyWords {
            heading: "Go to urgent care today",
            advice: "Go to an urgent treatment centre or an emergency department today; do not \
                     wait for a routine appointment. Walk on the leg as little as you can.",
        },
        UrgencyWords {
            heading: "This could be an emergency",
            advice: "Get emergency help now. Do not exercise the leg.",
        },
    ],
    levels: [
        LevelWords {
            name: "Foundation",
            summary: "Both legs, no added weight, supported positions: builds the base for \
                      single-leg work.",
        },
        LevelWords {
            name: "Build",
            summary: "A weighted seated raise and single-leg work with the knee bent: builds \
                      strength and endurance.",
        },
        LevelWords {
            name: "Performance",
            summary: "A weighted seated raise, full range off a step and single-leg holds, for \
                      strong, experienced calves.",
        },
    ],
    exercises: [
        ExerciseWords {
            name: "Seated heel raise",
            steps: &[
                "Sit on a chair with your feet flat and your knees bent to a right angle.",
                "Press through the balls of your feet and lift your heels as high as you can.",
                "Hold at the top, then lower slowly.",
            ],
            cue: "The deeply bent knee shifts work from the gastrocnemius toward the soleus; \
                  the gastrocnemius still helps a little.",
            easier: "Both feet, no weight.",
            harder: "A heavier weight, or one leg at a time with the weight on that thigh.",
            picture: "Drawing: a person seated on a chair, thighs level and shins upright, lifting the heels off the floor.",
        },
        ExerciseWords {
            name: "Bent-knee heel raise",
            steps: &[
                "Stand facing a wall with your hand or fingertips on it for balance.",
                "Bend your knees clearly, knees over your toes, and keep them bent throughout.",
                "Rise onto tiptoe, hold, and lower slowly.",
            ],
            cue: "Keep the knee bend the same from bottom to top; a deeper bend shifts more of \
                  the work toward the soleus.",
            easier: "Use both legs and more support from the wall.",
            harder: "Do it on one leg, or hold a weight.",
            picture: "Drawing: a person standing with the knees bent and the fingertips on a wall, rising onto the toes.",
        },
        ExerciseWords {
            name: "Wall-sit heel raise",
            steps: &[
                "Lean your back against a wall and slide down into a high sit.",
                "Keeping the sit, lift both heels off the floor.",
                "Hold, then lower slowly without letting your back move.",
            ],
            cue: "The held knee bend shifts more of the work toward the soleus.",
            easier: "Sit higher, or hold a chair in front of you.",
            harder: "Lift one heel at a time. If your knees complain, sit higher.",
            picture: "Drawing: a person in a shallow sit with the back against a wall, lifting the heels.",
        },
        ExerciseWords {
            name: "Step heel raise, bent knee",
            steps: &[
                "Stand on one foot with the ball of the foot on a step and the heel hanging \
                 off, a hand on a wall or rail.",
                "Bend the knee slightly and keep it bent.",
                "Lower the heel below the step, then rise as high as you can. If the back of \
                 your heel bone hurts, stop at step level instead of lowering below it.",
            ],
            cue: "A steady knee bend and a full range of movement; with this small bend both \
                  calf muscles share the work.",
            easier: "Use both feet, or stay on the flat floor.",
            harder: "Hold a weight in the hand on the working side.",
            picture: "Drawing: a person on one leg, the ball of the foot on the edge of a step, the knee slightly bent and a hand on the wall, the heel lowering below the step and rising.",
        },
        ExerciseWords {
            name: "Bent-knee tiptoe hold",
            steps: &[
                "Stand with a hand on a wall or rail and your knees bent, knees over your toes.",
                "Rise onto tiptoe and hold the position.",
                "Lower slowly when the time is up.",
            ],
            cue: "Stay high on the toes with the knees bent for the whole hold.",
            easier: "Hold for a shorter time, on both legs.",
            harder: "Let go of the wall, or hold a weight.",
            picture: "Drawing: a person with the knees slightly bent and the arms forward for balance, held high on the toes.",
        },
    ],
    // The evidence registry's notes are written in English.
    get_ready: "Get ready",
    starts_in_template: "Starts in {seconds}",
    stride: StrideWords {
        intro: "One running step on one leg, from the foot meeting the ground (touchdown) to the \
                toes leaving it (toe-off). Move through it to see when each calf muscle works, \
                and how hard.",
        figure_template: "A runner in one step: {phase}, {percent}% of the way through",
        chart_label: "Calf muscle force over the step, as multiples of body weight (model estimate)",
        axis_label: "× body weight",
        axis_ends: ["Touchdown", "Toe-off"],
        scrubber_label: "Moment in the step",
        scrubber_value_template: "{percent}% of the step: {phase}",
        play: "Play the step",
        pause: "Stop",
        landing_label: "Landing",
        landings: ["Heel first", "Forefoot first"],
        speed_label: "Pace",
        speeds: ["Easy run", "Faster run"],
        phase_names: ["Touchdown", "Taking the landing", "Mid-stance", "Push-off", "Toe-off"],
        phase_text: [
            "The heel meets the ground. The shin muscles lower the forefoot; the calf has \
             little to do yet.",
            "The knee and ankle bend to take the landing. The calf muscles work while they are \
             stretched, braking the shin as it tips forward over the foot, and the Achilles \
             tendon stores energy.",
            "The body passes over the foot and the knee is bent most. The calf works hardest \
             now; in modelling studies the soleus gives more of the body's support than any \
             other muscle.",
            "The heel rises. The Achilles tendon gives back the energy it stored, and the calf \
             pushes the body up and on.",
            "The toes leave the ground and the calf rests until the next landing.",
        ],
        touchdown_forefoot: "The ball of the foot meets the ground. The calf works at once, \
                             lowering the heel under control.",
        values_template: "Soleus about {soleus}, gastrocnemius about {gastrocnemius} × body \
                          weight (model estimate).",
        curve_names: ["Soleus", "Gastrocnemius"],
        model_note_template: "A model estimate, not a measurement. The peaks are the ranges \
                              widely quoted from modelling studies (soleus about {soleus}, \
                              gastrocnemius about {gastrocnemius} × body weight), not checked \
                              against the studies' figures. The curves' shapes, and where each \
                              pace falls in those ranges, are illustrative.",
        speed_note_template: "The calf gives most of the body's support in running, and more \
                              the faster you run, up to about {speed} m/s; faster still, the \
                              hip muscles take over.",
        landing_note: "After a forefoot landing the calf works from touchdown and the Achilles \
                       tendon's peak force is higher; after a heel landing the shin muscles \
                       work first. Whether a landing favours one calf muscle over the other is \
                       not established.",
        knee_template: "At mid-stance the knee is bent about {angle}°, as in the circuit's \
                        bent-knee exercises: at that angle the explorer's model gives the soleus \
                        about {share}% of the calf's strength.",
        steps_template: "A {minutes}-minute run at {cadence} steps a minute takes about {steps} \
                         of these steps on each leg.",
        circuit_line: "This is the work a soleus circuit trains.",
        shortcuts: "Keys: , and . step through the phases; P plays the step.",
        sources_label: "Sources:",
        checked_label: "What was checked",
        source_notes: &[],
    },
};
