//! German words.

use super::{
    ExerciseWords, LevelWords, MuscleWords, QuestionWords, RedFlagWords, Text, Ui, UrgencyWords,
};

/// The widget in German.
pub static TEXT: Text = Text {
    ui: Ui {
        title: "Soleus und Gastrocnemius: Wer leistet die Arbeit?",
        intro: "Ihre Wade hat zwei große Muskeln. Beugen Sie das Knie und sehen Sie, wie die \
                Arbeit vom Gastrocnemius auf den tiefer liegenden Soleus übergeht.",
        diagram_label: "Schaubild des Unterschenkels von der Seite",
        diagram_description: "Der Gastrocnemius entspringt oberhalb des Knies und bildet die \
                              sichtbare Wölbung der Wade. Der Soleus liegt darunter und \
                              entspringt unterhalb des Knies. Beide setzen über die \
                              Achillessehne an der Ferse an.",
        diagram_pose_template: "Gezeigt: das Knie {angle}° gebeugt und der Fuß {foot}. Der \
                                Gastrocnemius, der über das Knie zieht, ist {gastrocnemius}; \
                                der Soleus unterhalb des Knies behält seine Länge.",
        foot_flat: "flach auf dem Boden",
        foot_raised: "oben beim Fersenheben, die Ferse gehoben und die Zehen am Boden",
        gastrocnemius_taut: "lang und gespannt",
        gastrocnemius_shorter: "kürzer und weniger gespannt",
        gastrocnemius_slack: "kurz und entspannt",
        diagram_drag: "Ziehen, um das Knie zu beugen",
        labels_toggle: "Beschriftung",
        label_femur: "Femur",
        label_patella: "Patella",
        label_tibia: "Tibia",
        label_fibula: "Fibula",
        label_calcaneus: "Calcaneus",
        picture_one_leg: "Auf einem Bein, der andere Fuß nach hinten angehoben.",
        knee_label: "Kniebeugung",
        degrees_template: "{angle}°",
        knee_valuetext_template: "Knie {angle} Grad gebeugt: Soleus {soleus}, Gastrocnemius \
                                  {gastrocnemius} der Arbeit (Modellschätzung)",
        share_heading: "Geschätzter Anteil an der Arbeit",
        share_about_template: "etwa {percent} %",
        share_range_template: "{low}–{high} %",
        share_summary_template: "Geschätzter Anteil: Soleus {soleus}, Gastrocnemius \
                                 {gastrocnemius}.",
        share_reasoning_template: "Zum Nachprüfen: Bei {angle}° Kniebeugung ist die Kraft, mit \
                                   der der Fuß gestreckt wird, etwa ein Drittel geringer \
                                   ({loss} %) und die Aktivität des medialen Gastrocnemius etwa \
                                   {activity} % geringer als bei gestrecktem Knie ({sources}). \
                                   Dieser Verlust ist größer als der gesamte Anteil des \
                                   Gastrocnemius am Muskelquerschnitt (etwa {area} %), also \
                                   trägt der Gastrocnemius bei diesem Winkel wenig bei und der \
                                   Soleus leistet den größten Teil der Arbeit.",
        sentence_shared_template: "Bei {angle}° Kniebeugung teilen sich Soleus und \
                                   Gastrocnemius die Arbeit.",
        sentence_soleus_leads_template: "Bei {angle}° Kniebeugung lässt der Gastrocnemius nach \
                                         und der Soleus übernimmt mehr von der Arbeit.",
        sentence_soleus_dominant_template: "Bei {angle}° Kniebeugung leistet der Soleus den \
                                            größten Teil der Arbeit.",
        model_label_template: "Modell, keine Messung: eine Schätzung aus Studien zur \
                               Muskelgröße und zur Kraft bei gebeugtem Knie ({sources}). Der \
                               Verlauf dazwischen ist veranschaulichend.",
        education_notice: "Information, keine Diagnose. Dies ersetzt keine Untersuchung: Wenn \
                           Schmerzen anhalten oder zunehmen, wenden Sie sich an \
                           Physiotherapie oder ärztliche Praxis.",
        achilles_tendon: "Achillessehne",
        achilles_description: "Die kräftige Sehne hinten am Sprunggelenk, die beide \
                               Wadenmuskeln mit dem Fersenbein verbindet. Sie wird oft durch \
                               plötzliche Steigerungen beim Laufen überlastet; ein plötzlicher \
                               Knall mit Kraftverlust muss noch am selben Tag untersucht werden.",
        quiz_progress_template: "{current} von {total}",
        answer_right: "Richtig.",
        answer_wrong: "Nicht ganz.",
        score_template: "Sie haben {right} von {total} richtig beantwortet.",
        takeaway: "Trainieren Sie den Soleus mit gebeugtem Knie: Er trägt beim Laufen einen \
                   großen Teil der Wadenlast und wird leicht übersehen.",
        screening_heading: "Bevor wir Übungen vorschlagen",
        screening_intro: "Manche Wadenbeschwerden brauchen ärztliche Abklärung statt Training. \
                          Kreuzen Sie an, was gerade auf Sie zutrifft.",
        screening_none: "Nichts davon trifft auf mich zu",
        emergency_template: "Wenn Sie nicht selbst anrufen können, bitten Sie jemanden in der \
                             Nähe, {number} oder die örtliche Notrufnummer anzurufen.",
        call_template: "{number} anrufen",
        urgent_call_template: "{number} für dringenden ärztlichen Rat anrufen",
        screening_required: "Kreuzen Sie jedes zutreffende Zeichen an oder „Nichts davon trifft \
                             auf mich zu“, um weiterzumachen.",
        screening_continue: "Weiter",
        no_exercise_after_flag: "Wegen Ihrer Angaben schlagen wir keine Übungen vor. Bitte \
                                 lassen Sie sich zuerst untersuchen.",
        circuit_heading_template: "Ihr Soleus-Zirkel: {level}",
        sets_reps_template: "{sets} Sätze × {reps} Wiederholungen",
        sets_hold_template: "{sets} Sätze × {seconds} s Halten",
        each_leg: "je Bein",
        tempo_template: "{up} s hoch, {hold} s oben halten, {down} s ab",
        rest_template: "{seconds} s Pause zwischen den Sätzen",
        weekly_template: "Machen Sie den Zirkel {sessions}-mal pro Woche, nicht an \
                          aufeinanderfolgenden Tagen.",
        progress_rule: "Wenn sich der letzte Satz leicht anfühlt, steigern Sie das Gewicht \
                        (Rucksack oder Gewichte auf den Oberschenkeln) oder die \
                        Wiederholungen.",
        pain_rule_template:
            "Leichte Beschwerden bis {pain} von zehn sind in Ordnung, wenn sie bis \
                             zum nächsten Tag abklingen. Hören Sie auf und holen Sie Rat ein, \
                             wenn der Schmerz stechend ist oder zunimmt.",
        easier_label: "Leichter",
        harder_label: "Schwerer",
        cue_label: "Soleus-Hinweis",
        tailor_note: "Eine Physiotherapeutin oder ein Physiotherapeut kann den Zirkel an Sie \
                      anpassen.",
        rationale_heading: "Warum dieser Zirkel",
        reason_self_test_template: "Sie haben {count} einbeinige Fersenheber geschafft. \
                                    Erwachsene schaffen typischerweise etwa {median}; für \
                                    Läuferinnen und Läufer gelten in der Praxis {target} oder \
                                    mehr als Ziel. Das spricht für {level}.",
        reason_no_self_test_template: "Ohne Fersenheber-Test spricht Ihr Laufhintergrund für \
                                       {level}.",
        reason_previous_problem: "Eine frühere Waden- oder Achillesverletzung gehört zu den \
                                  stärksten Risikofaktoren für eine neue, daher beginnen wir eine \
                                  Stufe leichter.",
        reason_recent_jump: "Eine plötzliche Steigerung des Trainings ist ein häufiger Auslöser \
                             für Wadenprobleme (klinische Erfahrung), daher beginnen wir eine \
                             Stufe leichter.",
        reason_older_age: "Wadenzerrungen werden mit dem Alter wahrscheinlicher, daher beginnen \
                           wir eine Stufe leichter.",
        reason_high_distance: "Sie laufen viel pro Woche, daher passen drei Einheiten pro Woche.",
        reason_forefoot_strike: "Wer auf dem Vorfuß oder Mittelfuß landet, beansprucht die Wade \
                                 in jedem Schritt früher und länger.",
        total_time_template: "Etwa {minutes} Minuten, Pausen und Beinwechsel eingerechnet.",
        reason_flat_floor: "Sie haben den Test auf flachem Boden gemacht, nicht auf der \
                            {incline}°-Schräge, von der die Normwerte stammen; der Vergleich ist \
                            daher nur ungefähr.",
        phase_work: "Übung",
        rep_template: "Wiederholung {current} von {total}",
        stroke_up_template: "Hoch · {seconds}\u{a0}s",
        stroke_hold_template: "Halten · {seconds}\u{a0}s",
        stroke_down_template: "Runter · {seconds}\u{a0}s",
        hold_left_template: "Halten: noch {seconds}\u{a0}s",
        phase_rest: "Pause",
        phase_switch: "Bein wechseln",
        side_left: "Linkes Bein",
        side_right: "Rechtes Bein",
        side_both: "Beide Beine",
        set_of_template: "Satz {set} von {sets}",
        next_template: "Als Nächstes: {next}",
        finished: "Zirkel geschafft. Gut gemacht!",
        load_field_mass: "Körpergewicht (kg)",
        load_field_cadence: "Schrittfrequenz (Schritte pro Minute)",
        load_field_minutes: "Laufzeit (Minuten)",
        load_field_multiple: "Wadenlast pro Schritt (× Körpergewicht)",
        load_multiple_note_template: "Modellstudien schätzen die Kräfte der Wadenmuskeln auf \
                                      etwa das {low}- bis {high}-fache des Körpergewichts pro \
                                      Laufschritt (berichtete Spanne; {sources}). Das ist eine \
                                      grobe Schätzung, keine Messung.",
        load_error_number_template: "{field}: Bitte geben Sie eine ganze Zahl ein.",
        load_error_range_template: "{field}: Bitte geben Sie eine Zahl von {low} bis {high} ein.",
        load_times_template: "{multiple}-faches Körpergewicht",
        load_heading: "Was ein Lauf jeder Wade abverlangt",
        load_intro: "Eine grobe Schätzung für Ihren Lauf. Nichts, was Sie eingeben, verlässt \
                     dieses Gerät.",
        load_mass_hint: "Freiwillig: für die Summe in Tonnen.",
        load_steps_template: "Etwa {steps} Schritte pro Bein, jeder belastet die Wade mit etwa \
                              dem {multiple}-fachen Körpergewicht.",
        load_total_template: "Über den ganzen Lauf etwa {tonnes} Tonnen durch jede Wade.",
        load_no_mass: "Geben Sie Ihr Körpergewicht ein, um das in Tonnen zu sehen.",
        share_error: "Dieser Link konnte nicht gelesen werden, daher beginnt das Quiz neu. Es \
                      wurde nichts gesendet.",
        presets_label: "Kniewinkel-Vorgaben",
        preset_template: "{angle}°",
        select_muscle_label: "Einen Muskel erkunden",
        deep_layer: "Tiefe Schicht zeigen",
        heel_raise_play: "Fersenheben abspielen",
        heel_raise_stop: "Stopp",
        heel_raise_status_template: "Fersenheben. {sentence}",
        close_card: "Schließen",
        sources_label: "Quellen",
        compare_caption: "Soleus und Gastrocnemius im Vergleich",
        compare_feature: "Merkmal",
        evidence_heading: "Quellen zu dem, was hier zu sehen ist",
        evidence_intro: "Jede Zahl und jede Angabe oben stammt aus diesen Quellen.",
        evidence_checked: "Was geprüft wurde:",
        quiz_heading: "Prüfen Sie Ihre Waden",
        quiz_intro: "Zuerst ein Sicherheitscheck, dann zehn kurze Fragen und ein Soleus-Zirkel \
                     für Sie.",
        back: "Zurück",
        next: "Weiter",
        skip: "Überspringen",
        restart: "Neu beginnen",
        show_me: "Im Schaubild zeigen",
        count_label: "Anzahl Fersenheber",
        count_start: "Metronom-Test starten",
        count_stop: "Stopp: das war mein letzter",
        count_flat_template: "Ich habe ihn auf flachem Boden gemacht, nicht auf einer \
                              {incline}°-Schräge (der Vergleich ist dann nur ungefähr)",
        count_done: "Diese Zahl übernehmen",
        count_cancel: "Test abbrechen",
        metronome: "Auf einen Schlag hoch, auf den nächsten ab. Es zählt von selbst: Wenn Sie \
                    nicht mehr mithalten oder ganz hochkommen, drücken Sie einmal den großen \
                    Knopf, die Leertaste oder eine beliebige Taste.",
        beat_up: "Hoch",
        beat_down: "Ab",
        counted_template: "Fersenheber bisher: {count}",
        result_heading: "Ihr Ergebnis",
        booking_template: "Termin bei {clinic} buchen",
        booking_generic: "Termin buchen",
        start_circuit: "Geführten Zirkel starten",
        copy_link: "Link zu diesem Ergebnis kopieren",
        link_label: "Link zu Ihrem Ergebnis (es wird nichts gesendet)",
        link_copied: "Link kopiert.",
        link_copy_by_hand: "Kopieren ist hier nicht erlaubt: Der Link ist markiert, mit Strg+C (oder ⌘C) kopieren.",
        remember: "Meine Antworten auf diesem Gerät speichern",
        remember_forgotten: "Ihre gespeicherten Antworten wurden von diesem Gerät gelöscht.",
        storage_corrupt: "Gespeicherte Antworten auf diesem Gerät waren nicht lesbar und wurden entfernt.",
        storage_unavailable: "Dieser Browser erlaubt hier kein Speichern, daher wurde nichts gespeichert.",
        player_heading: "Geführter Zirkel",
        pause: "Pause",
        resume: "Fortsetzen",
        previous_phase: "Zurück",
        next_phase: "Überspringen",
        leave_player: "Zirkel verlassen",
        sound: "Tonsignale",
        shortcuts: "Tasten: Leertaste pausiert oder setzt fort, Pfeil links geht zurück, Pfeil rechts überspringt.",
        remaining_template: "Noch {time} im Zirkel",
        repeat: "Noch einmal",
        print: "Plan drucken",
        paused: "Pausiert",
        presenter_enter: "Präsentationsmodus",
        presenter_exit: "Präsentationsmodus beenden",
        shortcuts_heading: "Tastenkürzel",
        shortcut_knee_template: "Knie um {step}° beugen oder strecken",
        shortcut_presets_template: "Gestreckt, {low}° oder {high}°",
        shortcut_raise: "Fersenheben abspielen oder stoppen",
        shortcut_deep: "Tiefe Schicht zeigen oder verbergen",
        shortcut_help: "Diese Liste zeigen oder verbergen",
        shortcut_exit: "Präsentationsmodus verlassen",
    },
    fact_labels: [
        "Lage",
        "Ursprung",
        "Ansatz",
        "Überquerte Gelenke",
        "Nerv",
        "Fasertyp",
        "Größe",
        "Rolle beim Laufen",
        "Was ihn belastet",
        "Typische Verletzung",
    ],
    muscles: [
        MuscleWords {
            name: "Soleus",
            facts: [
                "Tief: unter dem Gastrocnemius, flacher und breiter, an den Seiten der unteren \
                 Wade sichtbar.",
                "Rückseite des Wadenbeinkopfes und des oberen Wadenbeins, die Linea musculi \
                 solei und die Mitte des Schienbeins sowie ein Sehnenbogen dazwischen.",
                "Das Fersenbein (Calcaneus), über die Achillessehne.",
                "Nur das Sprunggelenk, daher schwächt ihn eine Kniebeugung nicht.",
                "Nervus tibialis.",
                "Etwa {slow_twitch} % langsame Fasern: gebaut für Ausdauer.",
                "Der größte Wadenmuskel: etwa {pcsa} cm² physiologischer Querschnitt, gegenüber \
                 {other_pcsa} cm² für beide Köpfe des Gastrocnemius.",
                "Trägt den Körper und treibt ihn in jedem Schritt voran; zusammen mit dem \
                 Gastrocnemius liefert er bis zu hohen Geschwindigkeiten den größten Teil der \
                 Stützkraft beim Laufen.",
                "Lange Läufe und Haltungen mit gebeugtem Knie; Langstreckenläufer haben relativ \
                 mehr Soleus als Sprinter.",
                "Allmähliche Verhärtung oder Zerrung tief in der unteren Wade, oft nach einer \
                 Steigerung des Laufumfangs; bei Achillesschmerzen ist er häufig geschwächt.",
            ],
        },
        MuscleWords {
            name: "Gastrocnemius",
            facts: [
                "Oberflächlich: die sichtbare Wölbung der Wade, mit einem inneren (medialen) und \
                 einem äußeren (lateralen) Kopf.",
                "Rückseite der inneren und äußeren Oberschenkelrolle, knapp oberhalb des Knies.",
                "Das Fersenbein (Calcaneus), über die Achillessehne.",
                "Knie und Sprunggelenk, daher wird er schwächer, je mehr das Knie gebeugt ist.",
                "Nervus tibialis.",
                "Etwa {slow_twitch} % langsame Fasern: mehr schnelle Fasern als der Soleus.",
                "Etwa {pcsa} cm² physiologischer Querschnitt für beide Köpfe zusammen.",
                "Kraftvoller Abdruck, besonders mit gestrecktem Knie und beim schnellen Laufen.",
                "Sprints, Bergläufe und Sprünge mit gestrecktem Knie.",
                "Ein plötzlicher stechender Schmerz in der oberen inneren Wade, oft beim \
                 schnellen Abdruck; höheres Alter und eine frühere Zerrung erhöhen das Risiko.",
            ],
        },
    ],
    questions: [
        QuestionWords {
            prompt: "Welcher Wadenmuskel liegt tiefer?",
            options: &[
                "Der Soleus",
                "Der Gastrocnemius",
                "Sie liegen nebeneinander",
            ],
            feedback: &[
                "Der Soleus liegt unter dem Gastrocnemius; man sieht ihn nur an den Seiten der \
                 unteren Wade.",
                "Der Gastrocnemius ist der oberflächliche Muskel: Er bildet die sichtbare \
                 Wölbung der Wade.",
                "Sie liegen übereinander: oben der Gastrocnemius, darunter der Soleus.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie sollte das Knie beim Fersenheben sein, damit der Soleus mehr Arbeit \
                     leistet?",
            options: &[
                "Gestreckt",
                "Gebeugt, etwa rechtwinklig",
                "Das macht keinen Unterschied",
            ],
            feedback: &[
                "Mit gestrecktem Knie arbeitet der Gastrocnemius am besten und teilt sich die \
                 Last.",
                "Die Kniebeugung entspannt den Gastrocnemius, der über das Knie zieht, sodass \
                 der Soleus mehr Arbeit leistet.",
                "Doch: Nur der Gastrocnemius zieht über das Knie, deshalb bestimmt der \
                 Kniewinkel, wie viel er mithelfen kann.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "Welcher Muskel hat mehr langsame, ermüdungsresistente Fasern?",
            options: &["Der Soleus", "Der Gastrocnemius", "Beide gleich viele"],
            feedback: &[
                "Etwa sieben von zehn Soleusfasern sind langsam: Er ist ein Ausdauermuskel.",
                "Der Gastrocnemius hat mehr schnelle Fasern als der Soleus.",
                "Der Soleus hat deutlich mehr langsame Fasern als der Gastrocnemius.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie würden Sie Ihr Laufen beschreiben?",
            options: &[
                "Neu dabei oder nach langer Pause zurück",
                "Ich laufe regelmäßig",
                "Ich trainiere für Wettkämpfe",
            ],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie viel laufen Sie in einer typischen Woche?",
            options: &["Unter {low} km", "{low} bis {high} km", "Über {high} km"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Haben Sie Ihr Laufen kürzlich stark gesteigert, zum Beispiel vor einem \
                     Wettkampf?",
            options: &["Ja", "Nein"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie landen Sie beim Laufen meistens?",
            options: &[
                "Auf der Ferse",
                "Auf dem Vorfuß oder Mittelfuß",
                "Das weiß ich nicht",
            ],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Hatten Sie schon einmal eine Wadenzerrung oder Achillesschmerzen?",
            options: &["Ja", "Nein"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie alt sind Sie?",
            options: &["Unter {low}", "{low} bis {high}", "{over} oder älter"],
            feedback: &[],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie viele einbeinige Fersenheber schaffen Sie mit gestrecktem Knie?",
            options: &[],
            feedback: &[],
            hint: "Der Test hinter den Normwerten: Stellen Sie sich auf einem Bein auf eine \
                   Schräge von etwa {incline}° (Zehen höher als die Ferse, zum Beispiel ein Brett \
                   auf einem Buch), Knie gestreckt, Fingerspitzen an der Wand. Gehen Sie so hoch \
                   wie möglich und wieder ab, im Takt eines Metronoms mit {bpm} Schlägen pro \
                   Minute, auf einen Schlag hoch und auf den nächsten ab, bis Sie nicht mehr \
                   mithalten. Tippen Sie die Zahl ein oder lassen Sie das Metronom unten zählen. \
                   Lassen Sie den Test aus, wenn er schmerzt.",
        },
    ],
    red_flags: [
        RedFlagWords {
            question: "Schmerzen, Schwellung, Überwärmung oder Rötung in einer Wade, besonders \
                       nach einer Operation, einer langen Reise, längerer Bettruhe oder in der \
                       Schwangerschaft",
            reason: "Das können Zeichen eines Blutgerinnsels in einer tiefen Vene sein, die noch \
                     am selben Tag abgeklärt werden müssen.",
        },
        RedFlagWords {
            question: "Atemnot, Brustschmerzen beim Einatmen oder Bluthusten",
            reason: "Zusammen mit Wadenbeschwerden kann das bedeuten, dass ein Gerinnsel in die \
                     Lunge gelangt ist: ein Notfall.",
        },
        RedFlagWords {
            question: "Ein plötzlicher Knall oder das Gefühl eines Tritts hinten am \
                       Sprunggelenk, Zehenstand nicht möglich oder eine tastbare Lücke über der \
                       Ferse",
            reason: "Das können Zeichen eines Achillessehnenrisses sein. Dass Sie gehen \
                     können, schließt ihn nicht aus.",
        },
        RedFlagWords {
            question: "Starke, zunehmende Schmerzen, die in keinem Verhältnis zu einer \
                       Verletzung stehen, eine harte geschwollene Wade, Kribbeln oder Taubheit",
            reason: "Das können Zeichen eines Kompartmentsyndroms sein, bei dem der Druck im \
                     Muskel steigt: ein Notfall.",
        },
        RedFlagWords {
            question: "Ein kaltes oder blasses Bein oder ein kalter, blasser Fuß",
            reason: "Das kann bedeuten, dass die Durchblutung des Beins unterbrochen ist: ein \
                     Notfall.",
        },
        RedFlagWords {
            question: "Wadenschmerzen, die beim Gehen auftreten und in Ruhe aufhören",
            reason: "Das kann ein Zeichen verengter Arterien sein und sollte ärztlich \
                     abgeklärt werden.",
        },
        RedFlagWords {
            question: "Fieber oder eine Rötung, die sich ausbreitet",
            reason: "Das können Zeichen einer Infektion sein, die noch am selben Tag abgeklärt \
                     werden muss.",
        },
    ],
    urgencies: [
        UrgencyWords {
            heading: "Bald ärztlich abklären lassen",
            advice: "Vereinbaren Sie in den nächsten Tagen einen Arzttermin und schildern Sie \
                     diese Beschwerden.",
        },
        UrgencyWords {
            heading: "Heute ärztlichen Rat einholen",
            advice: "Wenden Sie sich heute an Ihre Arztpraxis oder den ärztlichen \
                     Bereitschaftsdienst. Belasten Sie das Bein nicht mit Übungen, bis es \
                     untersucht wurde.",
        },
        UrgencyWords {
            heading: "Das könnte ein Notfall sein",
            advice: "Holen Sie sofort Hilfe. Machen Sie keine Übungen mit dem Bein.",
        },
    ],
    levels: [
        LevelWords {
            name: "Grundlage",
            summary: "Beide Beine, gestützte Positionen: schafft die Basis für einbeinige \
                      Übungen.",
        },
        LevelWords {
            name: "Aufbau",
            summary: "Einbeinige Übungen mit gebeugtem Knie: baut Kraft und Ausdauer auf.",
        },
        LevelWords {
            name: "Leistung",
            summary: "Mehr Wiederholungen, voller Bewegungsumfang und einbeiniges Halten für \
                      kräftige, erfahrene Waden.",
        },
    ],
    exercises: [
        ExerciseWords {
            name: "Fersenheben im Sitzen",
            steps: &[
                "Setzen Sie sich auf einen Stuhl, Füße flach, Knie rechtwinklig gebeugt.",
                "Drücken Sie über die Fußballen und heben Sie die Fersen so hoch wie möglich.",
                "Oben halten, dann langsam absenken.",
            ],
            cue: "Das gebeugte Knie verringert den Anteil des Gastrocnemius an der Bewegung, \
                  sodass der Soleus den größten Teil der Arbeit leistet.",
            easier: "Ohne Zusatzgewicht üben, bei Bedarf ein Bein entlasten.",
            harder: "Eine schwere Tasche oder Gewichte auf die Oberschenkel legen oder einbeinig \
                     üben.",
            picture: "Zeichnung: eine Person sitzt auf einem Stuhl, die Oberschenkel waagrecht, die Unterschenkel senkrecht, und hebt die Fersen vom Boden.",
        },
        ExerciseWords {
            name: "Fersenheben mit gebeugtem Knie",
            steps: &[
                "Stellen Sie sich vor eine Wand, die Fingerspitzen zur Balance daran.",
                "Beugen Sie die Knie leicht und halten Sie die Beugung die ganze Zeit.",
                "Auf die Zehenspitzen gehen, halten und langsam absenken.",
            ],
            cue: "Die Kniebeugung bleibt von unten bis oben gleich.",
            easier: "Mit beiden Beinen und mehr Halt an der Wand üben.",
            harder: "Einbeinig üben oder ein Gewicht halten.",
            picture: "Zeichnung: eine Person steht mit leicht gebeugten Knien, die Fingerspitzen an einer Wand, und hebt sich auf die Zehen.",
        },
        ExerciseWords {
            name: "Fersenheben im Wandsitz",
            steps: &[
                "Lehnen Sie den Rücken an eine Wand und rutschen Sie in einen flachen Sitz.",
                "Halten Sie den Sitz und heben Sie beide Fersen vom Boden.",
                "Halten, dann langsam absenken, ohne dass sich der Rücken bewegt.",
            ],
            cue: "Die gehaltene Kniebeugung lässt den Soleus den größten Teil der Arbeit leisten.",
            easier: "Weniger tief sitzen oder sich vorne an einem Stuhl festhalten.",
            harder: "Tiefer sitzen oder jeweils nur eine Ferse heben.",
            picture: "Zeichnung: eine Person in einem flachen Wandsitz, den Rücken an der Wand, hebt die Fersen.",
        },
        ExerciseWords {
            name: "Fersenheben auf der Stufe, Knie gebeugt",
            steps: &[
                "Stellen Sie sich auf einem Bein mit dem Fußballen auf eine Stufe, die Ferse \
                 hängt frei.",
                "Beugen Sie das Knie leicht und halten Sie die Beugung.",
                "Die Ferse unter die Stufe absenken, dann so hoch wie möglich steigen.",
            ],
            cue: "Eine weiche, gleichbleibende Kniebeugung und voller Bewegungsumfang.",
            easier: "Mit beiden Füßen oder auf flachem Boden üben.",
            harder: "Ein Gewicht in der Hand auf der Übungsseite halten.",
            picture: "Zeichnung: eine Person auf einem Bein, der Fußballen auf der Stufenkante, das Knie leicht gebeugt, eine Hand an der Wand; die Ferse senkt sich unter die Stufe und hebt sich.",
        },
        ExerciseWords {
            name: "Zehenstand mit gebeugtem Knie",
            steps: &[
                "Stellen Sie sich mit leicht gebeugten Knien hin.",
                "Gehen Sie auf die Zehenspitzen und halten Sie die Position, oder gehen Sie \
                 langsam auf Zehenspitzen mit gebeugten Knien.",
                "Nach Ablauf der Zeit langsam absenken.",
            ],
            cue: "Während des ganzen Haltens hoch auf den Zehen und mit gebeugten Knien \
                  bleiben.",
            easier: "Kürzer halten, eine Hand an der Wand.",
            harder: "Einbeinig halten oder ein Gewicht halten.",
            picture: "Zeichnung: eine Person mit leicht gebeugten Knien und den Armen zum Gleichgewicht nach vorn, hoch auf den Zehen gehalten.",
        },
    ],
};
