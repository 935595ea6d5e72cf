//! German words.

use super::{
    ExerciseWords, LevelWords, MuscleWords, QuestionWords, QuizText, QuizUi, RedFlagWords,
    StrideWords, Text, Ui, UrgencyWords,
};

/// The widget in German.
pub static TEXT: Text = Text {
    ui: Ui {
        title: "Soleus und Gastrocnemius: Wer leistet die Arbeit?",
        intro: "Ihre Wade hat zwei große Muskeln. Beugen Sie das Knie und sehen Sie, wie die \
                Arbeit vom Gastrocnemius auf den tiefer liegenden Soleus übergeht.",
        parts_label: "Anzeigen",
        part_explore: "Die Wade erkunden",
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
        gastrocnemius_slack: "verkürzt, Ursprung und Ansatz angenähert",
        diagram_drag: "Ziehen, um das Knie zu beugen",
        labels_toggle: "Beschriftung",
        label_femur: "Femur",
        label_patella: "Patella",
        label_tibia: "Tibia",
        label_fibula: "Fibula",
        label_calcaneus: "Calcaneus",
        knee_label: "Kniebeugung",
        degrees_template: "{angle}°",
        knee_valuetext_template: "Knie {angle} Grad gebeugt: Soleus {soleus}, Gastrocnemius \
                                  {gastrocnemius} der Arbeit (Modellschätzung)",
        share_heading: "Geschätzter Anteil an der Arbeit",
        share_about_template: "etwa {percent} %",
        share_range_template: "{low}–{high} %",
        share_summary_template: "Geschätzter Anteil: Soleus {soleus}, Gastrocnemius \
                                 {gastrocnemius}.",
        share_reasoning_template: "Zum Nachprüfen: Nach seiner Größe macht der Gastrocnemius \
                                   etwa {area} % des Muskelquerschnitts der Wade aus. Bei \
                                   {angle}° Kniebeugung war seine Aktivität beim maximalen \
                                   Abdrücken etwa {activity} % geringer als bei gestrecktem \
                                   Knie; er arbeitet also weiter mit ({sources}). Ein verkürzter \
                                   Muskel erzeugt bei gleicher Aktivität zudem weniger Kraft. \
                                   Das Modell lässt ihm daher zwischen {low} % und {high} % \
                                   seiner Kraft; damit trägt der Soleus den größeren Teil der \
                                   Arbeit, aber nicht die ganze. Der gemessene Kraftverlust \
                                   ({loss} %) ist größer, als sich damit erklären lässt; die \
                                   Quellen passen also nicht genau zusammen, und beim \
                                   Fersenheben mit geringerer Beugung war die Verschiebung \
                                   klein.",
        sentence_shared_template: "Bei {angle}° Kniebeugung teilen sich Soleus und \
                                   Gastrocnemius die Arbeit.",
        sentence_soleus_leads_template: "Bei {angle}° Kniebeugung lässt der Gastrocnemius nach \
                                         und der Soleus übernimmt einen größeren Teil der \
                                         Arbeit.",
        sentence_soleus_dominant_template: "Bei {angle}° Kniebeugung leistet der Soleus den \
                                            größeren Teil der Arbeit; der Gastrocnemius hilft \
                                            weiter mit.",
        model_label_template: "Modell, keine Messung: eine Schätzung aus Studien zur \
                               Muskelgröße und zur Kraft bei gebeugtem Knie ({sources}). Der \
                               Verlauf dazwischen dient nur der Veranschaulichung.",
        education_notice: "Information, keine Diagnose. Dies ersetzt keine Untersuchung: Wenn \
                           Schmerzen anhalten oder zunehmen, lassen Sie sich \
                           physiotherapeutisch oder ärztlich untersuchen.",
        achilles_tendon: "Achillessehne",
        each_leg: "je Bein",
        load_field_cadence: "Schrittfrequenz (Schritte pro Minute)",
        load_field_minutes: "Laufzeit (Minuten)",
        load_field_multiple: "Wadenlast pro Schritt (× Körpergewicht)",
        load_multiple_note_template: "Modellstudien schätzen die Spitzenkräfte bei jedem \
                                      Laufschritt Berichten zufolge auf etwa das {low}-Fache des \
                                      Körpergewichts im Gastrocnemius und bis zum {high}-Fachen \
                                      im Soleus (zitierte Werte, nicht an der Studie geprüft; \
                                      {sources}). Eine grobe Schätzung, keine Messung.",
        load_error_number_template: "{field}: Bitte geben Sie eine ganze Zahl ein.",
        load_error_range_template: "{field}: Bitte geben Sie eine Zahl von {low} bis {high} ein.",
        load_times_template: "{multiple}-Faches des Körpergewichts",
        load_heading: "Was ein Lauf jeder Wade abverlangt",
        load_intro: "Eine grobe Schätzung für Ihren Lauf. Nichts, was Sie eingeben, verlässt \
                     dieses Gerät.",
        load_steps_template: "Etwa {steps} Schritte pro Bein, von denen jeder die Wade in der \
                              Spitze mit etwa dem {multiple}-Fachen des Körpergewichts \
                              belastet.",
        presets_label: "Kniewinkel-Vorgaben",
        preset_template: "{angle}°",
        select_muscle_label: "Einen Muskel erkunden",
        deep_layer: "Tiefe Schicht zeigen",
        heel_raise_play: "Fersenheben abspielen",
        heel_raise_stop: "Stopp",
        heel_raise_status_template: "Fersenheben. {sentence}",
        close_card: "Schließen",
        compare_caption: "Soleus und Gastrocnemius im Vergleich",
        compare_feature: "Merkmal",
        evidence_heading: "Quellen zu diesem Widget",
        evidence_intro:
            "Das sind die Quellen hinter den Zahlen und Angaben dieses Widgets. Wo \
                         eine Quelle nicht vollständig nachgelesen wurde, steht das in ihrer Notiz.",
        evidence_checked: "Was geprüft wurde:",
        evidence_loading: "Die Quellen werden geladen …",
        evidence_load_failed: "Die Quellen konnten nicht geladen werden. Prüfen Sie Ihre \
                               Verbindung, dann schließen und öffnen Sie diese Liste erneut.",
        quiz_heading: "Prüfen Sie Ihre Waden",
        quiz_intro: "Zuerst ein Sicherheitscheck, dann {count} kurze Fragen und ein \
                     Soleus-Zirkel, der sich aus Ihren Antworten ergibt.",
        quiz_start: "Check starten",
        quiz_loading: "Der Check wird geladen …",
        quiz_load_failed: "Der Check konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und \
                           tippen Sie erneut auf „Check starten“.",
        part_stride: "Im Laufschritt",
        stride_loading: "Der Laufschritt wird geladen …",
        stride_load_failed: "Der Laufschritt konnte nicht geladen werden. Prüfen Sie Ihre \
                             Verbindung und tippen Sie erneut auf „Im Laufschritt“.",
        back: "Zurück",
        skip: "Überspringen",
        pause: "Pause",
        resume: "Fortsetzen",
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
        "Gelenke (ein-/zweigelenkig)",
        "Innervation",
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
                "Etwa {slow_twitch} % langsam zuckende (Typ-I-)Fasern: gebaut für Ausdauer.",
                "Der größte Wadenmuskel: etwa {pcsa} cm² physiologischer Querschnitt, gegenüber \
                 {other_pcsa} cm² für beide Köpfe des Gastrocnemius.",
                "Trägt den Körper und treibt ihn in jedem Schritt voran; zusammen mit dem \
                 Gastrocnemius liefert er bis zu hohen Geschwindigkeiten den größten Teil der \
                 Stützkraft beim Laufen.",
                "Lange Läufe und Positionen mit gebeugtem Knie; wer Langstrecken läuft, hat \
                 relativ mehr Soleus als wer sprintet.",
                "Allmähliche Verhärtung oder Zerrung tief in der unteren Wade, oft nach einer \
                 plötzlichen Steigerung des Laufumfangs; bei Achillessehnenbeschwerden ist er \
                 häufig geschwächt.",
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
                "Etwa {slow_twitch} % langsam zuckende (Typ-I-)Fasern: mehr schnelle Fasern als \
                 der Soleus.",
                "Etwa {pcsa} cm² physiologischer Querschnitt für beide Köpfe zusammen.",
                "Kraftvoller Abdruck, besonders mit gestrecktem Knie und beim schnellen Laufen.",
                "Schneller, kraftvoller Abdruck mit gestrecktem Knie, etwa beim Sprinten und \
                 Springen.",
                "Ein plötzlicher stechender Schmerz in der inneren Wade, oft in der Mitte am \
                 Übergang von Muskel zu Sehne, beim schnellen Abdruck; höheres Alter und eine \
                 frühere Zerrung erhöhen das Risiko.",
            ],
        },
    ],
};

/// The words only the quiz's steps show (see `Lang::quiz_text`).
pub static QUIZ: QuizText = QuizText {
    ui: QuizUi {
        picture_one_leg: "Auf einem Bein, der andere Fuß nach hinten angehoben.",
        quiz_progress_template: "{current} von {total}",
        answer_right: "Richtig.",
        answer_wrong: "Nicht ganz.",
        score_template: "Sie haben {right} von {total} richtig beantwortet.",
        takeaway: "Trainieren Sie den Soleus mit gebeugtem Knie: Er trägt beim Laufen einen \
                   großen Teil der Wadenlast und wird leicht übersehen.",
        screening_heading: "Bevor wir Übungen vorschlagen",
        screening_intro: "Manche Wadenbeschwerden brauchen ärztliche Abklärung statt Training. \
                          Kreuzen Sie an, was gerade auf Sie zutrifft.",
        screening_injury_group: "Eine aktuelle Verletzung",
        screening_signs_group: "Anzeichen, die ärztlich abgeklärt werden müssen",
        recheck_heading: "Bevor Sie beginnen: Prüfen Sie das für sich selbst",
        recheck_shared_intro: "Dieser Plan kam über einen Link und beruht auf den Angaben einer \
                               anderen Person. Nur Sie wissen, wie es Ihren Beinen heute geht: \
                               Kreuzen Sie an, was jetzt auf Sie zutrifft.",
        recheck_stale_intro: "Sie haben diese Fragen vor mehr als {days} Tagen zuletzt \
                              beantwortet. Trifft jetzt etwas davon auf Sie zu?",
        recheck_back: "Zurück zum Plan",
        stop_rule_template: "Stechender Schmerz oder Schmerz über {pain}/{scale}: aufhören.",
        it_hurts: "Es tut weh",
        hurt_heading: "Für heute hier aufhören",
        hurt_advice: "Schonen Sie das Bein und trainieren Sie nicht gegen Schmerzen an. Leichter \
                      Muskelkater, der bis zum nächsten Tag abklingt, ist normal. War der \
                      Schmerz stechend, ist er morgen noch da oder kommt er beim nächsten \
                      Versuch wieder, lassen Sie sich physiotherapeutisch untersuchen, bevor Sie \
                      mit dem Zirkel weitermachen.",
        exercise_share_template: "Bei dieser Kniebeugung (etwa {angle}°) schätzt das Modell den \
                                  Anteil des Soleus an der Arbeit auf {share}.",
        exercise_share_little: "Das ist nah am gestreckten Knie: Diese Übung trainiert beide \
                                Muskeln und verschiebt nur wenig Arbeit zum Soleus.",
        with_load: "mit Gewicht",
        load_rule_template: "Nehmen Sie ein Gewicht auf die Oberschenkel (Rucksack oder \
                             Kurzhanteln), bei dem am Ende jedes Satzes noch {low}–{high} \
                             Wiederholungen möglich wären.",
        reason_sides_template: "Linkes Bein {left}, rechtes Bein {right}: Das schwächere Bein \
                                schaffte {percent} % weniger Wiederholungen als das andere.",
        reason_sides_large_template: "Ein Unterschied von mehr als {limit} % sollte \
                                      physiotherapeutisch angesehen werden; der Plan richtet \
                                      sich nach dem schwächeren Bein.",
        screening_none: "Nichts davon trifft auf mich zu",
        emergency_template: "Wenn Sie nicht selbst anrufen können, bitten Sie jemanden in der \
                             Nähe, {number} oder die örtliche Notrufnummer anzurufen.",
        call_template: "{number} anrufen",
        urgent_call_template: "{number} für dringenden ärztlichen Rat anrufen",
        screening_required: "Kreuzen Sie jedes zutreffende Anzeichen an oder „Nichts davon \
                             trifft auf mich zu“, um fortzufahren.",
        screening_continue: "Weiter",
        no_exercise_after_flag: "Wegen Ihrer Angaben schlagen wir keine Übungen vor. Bitte \
                                 lassen Sie sich zuerst untersuchen.",
        circuit_heading_template: "Ihr Soleus-Zirkel: {level}",
        sets_reps_template: "{sets} Sätze × {reps} Wiederholungen",
        sets_hold_template: "{sets} Sätze × {seconds} s Halten",
        tempo_template: "{up} s hoch, {hold} s oben halten, {down} s ab",
        rest_template: "{seconds} s Pause zwischen den Sätzen",
        weekly_template: "Machen Sie den Zirkel {sessions}-mal pro Woche, nicht an \
                          aufeinanderfolgenden Tagen.",
        progress_template: "Wenn sich {reps} langsame Wiederholungen leicht anfühlen, steigern \
                            Sie das Gewicht statt der Wiederholungen: jeweils um etwa \
                            {low}–{high} kg, höchstens einmal pro Woche. In der ersten Woche \
                            machen Sie {first} statt {sets} Sätze.",
        pain_rule_template: "Leichte Beschwerden bis {pain}/{scale} sind in Ordnung, wenn sie bis \
                             zum nächsten Tag abklingen. Hören Sie auf und holen Sie Rat ein, \
                             wenn der Schmerz stechend ist oder zunimmt.",
        easier_label: "Leichtere Variante",
        harder_label: "Schwerere Variante",
        cue_label: "Darauf achten",
        tailor_note: "Eine Physiotherapeutin oder ein Physiotherapeut kann den Zirkel an Sie \
                      anpassen.",
        rationale_heading: "Warum dieser Zirkel",
        reason_self_test_template: "Ihr schwächeres Bein schaffte {count} Wiederholungen \
                                    (einbeiniges Fersenheben). In einer Studie mit Erwachsenen \
                                    von {youngest} bis {oldest} Jahren lag der Median bei {men} für Männer und \
                                    {women} für Frauen, mit dem Alter weniger; für Läuferinnen \
                                    und Läufer gelten in der Praxis {target} oder mehr als Ziel. \
                                    Das spricht für die Stufe „{level}“.",
        reason_no_self_test_template: "Ohne Fersenhebetest spricht Ihre Lauferfahrung für die \
                                       Stufe „{level}“.",
        reason_previous_problem: "Eine frühere Wadenzerrung gehört zu den stärksten \
                                  Risikofaktoren für eine neue, daher beginnen wir eine Stufe \
                                  leichter.",
        reason_recent_jump: "Eine plötzliche Steigerung des Trainings ist ein häufiger Auslöser \
                             für Wadenprobleme (klinische Erfahrung), daher beginnen wir eine \
                             Stufe leichter.",
        reason_older_age: "Wadenzerrungen werden mit dem Alter wahrscheinlicher, daher beginnen \
                           wir eine Stufe leichter.",
        reason_high_distance: "Sie laufen viel pro Woche, daher passen {sessions} Einheiten pro Woche \
                               (klinische Praxis, kein Studienergebnis).",
        reason_forefoot_strike: "Wer auf dem Vorfuß oder Mittelfuß landet, beansprucht die Wade \
                                 in jedem Schritt früher und länger.",
        total_time_template: "Etwa {minutes} Minuten, Pausen und Beinwechsel eingerechnet.",
        reason_flat_floor: "Sie haben den Test auf flachem Boden gemacht, nicht auf der \
                            {incline}°-Schräge, von der die Normwerte stammen. Das ist leichter; \
                            der Vergleich ist daher nur ungefähr, und der Plan geht nicht über \
                            die Stufe „{level}“ hinaus.",
        phase_work: "Übung",
        rep_template: "Wiederholung {current} von {total}",
        stroke_up_template: "Hoch · {seconds}\u{a0}s",
        stroke_hold_template: "Halten · {seconds}\u{a0}s",
        stroke_down_template: "Ab · {seconds}\u{a0}s",
        hold_left_template: "Halten: noch {seconds}\u{a0}s",
        phase_rest: "Pause",
        phase_switch: "Bein wechseln",
        side_left: "Linkes Bein",
        side_right: "Rechtes Bein",
        side_both: "Beide Beine",
        set_of_template: "Satz {set} von {sets}",
        next_template: "Als Nächstes: {next}",
        finished: "Zirkel geschafft. Gut gemacht!",
        share_error: "Dieser Link konnte nicht gelesen werden, daher beginnt das Quiz neu. Es \
                      wurde nichts gesendet.",
        sources_label: "Quellen",
        next: "Weiter",
        restart: "Neu beginnen",
        show_me: "Im Schaubild zeigen",
        count_label: "Anzahl Wiederholungen (einbeiniges Fersenheben)",
        count_start: "Metronom-Test starten",
        count_stop: "Stopp: Das war meine letzte Wiederholung",
        count_flat_template: "Ich habe ihn auf flachem Boden gemacht, nicht auf einer \
                              {incline}°-Schräge (der Vergleich ist dann nur ungefähr)",
        count_cancel: "Test abbrechen",
        metronome: "Auf einen Schlag hoch, auf den nächsten ab. Es zählt von selbst: Wenn Sie \
                    nicht mehr mithalten, nicht mehr ganz hochkommen, das Knie beugen, sich \
                    vorlehnen oder mehr als die Fingerspitzen zum Halten brauchen, drücken Sie \
                    einmal den großen Knopf, die Leertaste oder eine beliebige Taste.",
        beat_up: "Hoch",
        beat_down: "Ab",
        counted_template: "Wiederholungen bisher: {count}",
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
        previous_phase: "Zurück",
        next_phase: "Überspringen",
        leave_player: "Zirkel verlassen",
        sound: "Tonsignale",
        shortcuts: "Tasten: Leertaste pausiert oder setzt fort, Pfeil links geht zurück, Pfeil rechts überspringt.",
        remaining_template: "Noch {time} im Zirkel",
    },
    // In the order of `model::evidence::SOURCES`.
    source_notes: &[
        "Ursprünge und Ansätze von Gastrocnemius und Soleus, die Achillessehne und ihre \
         Innervation durch den Nervus tibialis.",
        "Zwei Köpfe von den Femurkondylen, zieht über Knie und Sprunggelenk, Nervus tibialis, \
         Ansatz am Calcaneus über die Achillessehne.",
        "Abstract: 12 gesunde Personen; mittlerer physiologischer Querschnitt Soleus 230 cm², \
         medialer Gastrocnemius 68 cm², lateraler Gastrocnemius 28 cm²; Volumen 489, 245 und \
         140 cm³.",
        "Abstract: 32 Autopsien; Soleus etwa 70 % langsam zuckende Fasern, Gastrocnemius etwa \
         50 %.",
        "Abstract: MRT von 126 Personen; relatives Soleusvolumen bei Sprintern kleiner und \
         medialer Gastrocnemius größer als bei Langstreckenläufern.",
        "Abstract: zehn männliche Schnellkraftsportler; maximales isometrisches \
         Plantarflexionsmoment 33,9 % und Aktivität des medialen Gastrocnemius 42,4 % geringer \
         bei gebeugtem als bei gestrecktem Knie; Soleusaktivität nicht signifikant \
         verschieden.",
        "Abstract: 22 männliche Langstreckenläufer; EMG des medialen Gastrocnemius bei maximaler \
         Plantarflexion bei starker Kniebeugung (bis 110°) geringer, die Faszikellänge \
         unverändert; die Autoren führen den Abfall auf das Kraft-Längen-Potenzial des ganzen \
         Triceps surae zurück, nicht allein auf einen angenäherten Gastrocnemius.",
        "Abstract: 48 Erwachsene; beim Fersenheben mit 45° Kniebeugung Soleusaktivität 4 % \
         höher und Gastrocnemiusaktivität 5 % geringer als mit 0°.",
        "Abstract: bis 7 m/s leisten Soleus und Gastrocnemius den größten Teil der vertikalen \
         Stützkraft. Die oft aus dieser Arbeit zitierten Vielfachen des Körpergewichts (Soleus \
         etwa 6–8-fach, Gastrocnemius etwa 3–4-fach) wurden nicht an ihren Abbildungen \
         geprüft und werden nur als berichtete Spanne gezeigt.",
        "Studie nicht nachgelesen; nach einer Sekundärzusammenfassung: Wer auf dem Vorfuß \
         landet, aktiviert die Wade früher und länger als wer auf der Ferse landet. Nur dafür \
         genutzt, dass die Landung die Wadenlast verändert.",
        "Abstract: 566 Erwachsene von 20 bis 81 Jahren, einbeiniges Fersenheben bis zur \
         Ermüdung auf einer 10°-Schräge; Median 24 Wiederholungen bei Männern und 21 bei \
         Frauen.",
        "Abstract: 39 Läuferinnen und Läufer mit Achillessehnenbeschwerden im mittleren \
         Sehnenabschnitt waren bei gestrecktem und gebeugtem Knie schwächer als 38 gesunde \
         und hatten weniger Ausdauer.",
        "Studie nicht nachgelesen; nach einer Sekundärzusammenfassung: die stärkste Evidenz \
         für das Risiko einer Wadenzerrung haben höheres Alter und eine frühere Wadenzerrung.",
        "Abstract laut Verzeichnis der Institution der Autoren: Der Kniewinkel (0° gegenüber \
         45°) beeinflusste die Ermüdung des Triceps surae beim Fersenheben bis zur Ermüdung \
         nicht. Zusammen mit Hébert-Losier 2012: Fersenheben mit gebeugtem Knie verschiebt die \
         Arbeit zum Soleus, isoliert ihn aber nicht.",
        "Anzeichen an einem Bein: pochender oder krampfartiger Schmerz, Schwellung, warme, \
         gerötete oder dunkler verfärbte Haut, geschwollene Venen: dringender Termin in der \
         Hausarztpraxis oder NHS 111. Atemnot, Brustschmerz beim Einatmen oder Bluthusten: \
         Notruf 999. Wahrscheinlicher nach einer früheren Thrombose, mit Pille oder \
         Hormonersatztherapie, bei Krebs, nach einer Reise von mehr als 3 Stunden, in der \
         Schwangerschaft oder bis 6 Wochen nach einer Geburt, nach Krankenhausaufenthalt oder \
         Operation und bei Bettlägerigkeit (Risikoliste wie auf trustedhealth.info aus der \
         NHS-Seite wiedergegeben).",
        "Bei Verdacht auf einen Sehnenriss so bald wie möglich untersuchen lassen; im Zweifel in \
         die nächste Notfallambulanz oder Notaufnahme.",
        "Akut (plötzlich, nach einer Verletzung oder unter einem zu engen Gips): bei \
         plötzlichen, starken Schmerzen Notruf 999 oder Notaufnahme. Chronisch (kommt bei \
         Belastung, geht in Ruhe): hausärztlich abklären, wenn Schmerz, Taubheitsgefühl, \
         Schwellung oder Bewegungseinschränkung beim Sport immer wiederkehren.",
        "Ein medizinischer Notfall: in die Notaufnahme. Anzeichen: Schmerz in Ruhe, blasse oder \
         marmorierte Haut, kein Puls, kaltes Bein, Kribbeln, Bewegung nicht möglich.",
        "Schmerzhafte, heiße, geschwollene Haut braucht zeitnah hausärztlichen Rat oder NHS 111; \
         ein dringender Termin oder die Notaufnahme, wenn die Beschwerden rasch zunehmen.",
        "Verwaschene Sprache oder Verwirrtheit, starkes Zittern oder Muskelschmerzen, ein Tag \
         ohne Urin, starke Atemnot, das Gefühl zu sterben oder marmorierte Haut: Hilfe holen; \
         bei großer Sorge Notruf 999.",
        "Schmerz, Kribbeln, Taubheitsgefühl oder Schwäche in Gesäß, Bein oder Fuß, oft mit \
         Rückenschmerz: hausärztlich abklären, wenn es sich nicht bessert, zunimmt oder den \
         Alltag einschränkt. Notaufnahme oder Notruf 999 bei Taubheitsgefühl im Genital- oder \
         Gesäßbereich oder Problemen, Blase oder Darm zu kontrollieren.",
        "Rücken- oder Beinschmerz mit Taubheitsgefühl im Gesäß- oder Genitalbereich oder \
         veränderter Blasen- oder Darmkontrolle: sofort in die Notaufnahme.",
        "Schmerz an der Innenseite des Schienbeins, an einer Stelle (unter 5 cm) druckempfindlich, \
         wird beim Einlaufen nicht besser, schmerzt beim und nach dem Laufen und lässt ohne \
         Belastung nach. Schmerz beim Hüpfen ist eine übliche klinische Prüfung \
         (Sekundärzusammenfassungen).",
        "Unerklärter Gewichtsverlust, eine frühere Krebserkrankung und nächtliche Schmerzen \
         sind Warnzeichen, die ärztlich abgeklärt werden müssen, nicht allein \
         physiotherapeutisch.",
        "Wenn Gehen oder Hüpfen schmerzt, ist an Sport nicht zu denken; die Heilung dauert \
         mindestens 6 Wochen; die Physiotherapie stuft die Zerrung ein und plant die \
         Rehabilitation, weil Wadenzerrungen bei falscher Behandlung wiederkehren.",
        "Steigerung mit gebeugtem Knie vom Sitzen über das Stehen zum einbeinigen Fersenheben; \
         Aufbau bis 3 × 25; Fersenheben im Sitzen mit Gewicht, sobald es leicht fällt; bei \
         Schmerzen am Sehnenansatz am Fersenbein die Ferse anfangs nicht unter die Stufe \
         absenken.",
        "Übliche Dosierung: 3 Sätze mit 12–25 langsamen Wiederholungen oder 30–45 s Halten, \
         2–3-mal pro Woche; Sätze mit Gewicht zu 8–15 Wiederholungen mit 2–3 Wiederholungen \
         Reserve und 60–90 s Pause; jeweils etwa 2–5 kg mehr, höchstens einmal pro Woche; \
         Beschwerden höchstens 3/10, bis zum nächsten Tag abgeklungen; Ziel 25–30+ \
         Wiederholungen einbeinig; ein Seitenunterschied über 10 % sollte untersucht werden. \
         Klinischer Konsens, wie ihn Praxen angeben, kein Studienergebnis.",
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
            prompt: "In welcher Stellung sollte das Knie beim Fersenheben sein, damit der \
                     Soleus mehr Arbeit leistet?",
            options: &[
                "Gestreckt",
                "Gebeugt, etwa rechtwinklig",
                "Das macht keinen Unterschied",
            ],
            feedback: &[
                "Mit gestrecktem Knie arbeitet der Gastrocnemius am besten und teilt sich die \
                 Last.",
                "Die Kniebeugung verkürzt den Gastrocnemius, der über das Knie zieht (Ursprung \
                 und Ansatz werden angenähert), sodass er weniger Kraft beiträgt und der Soleus \
                 einen größeren Teil übernimmt. Die Arbeit verschiebt sich; abgeschaltet wird \
                 der Gastrocnemius nicht.",
                "Doch: Nur der Gastrocnemius zieht über das Knie, deshalb bestimmt der \
                 Kniewinkel, wie viel er mithelfen kann.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "Welcher Muskel hat mehr langsame, ermüdungsresistente Fasern?",
            options: &["Der Soleus", "Der Gastrocnemius", "Beide gleich viele"],
            feedback: &[
                "Etwa {slow_twitch} % der Soleusfasern sind langsam zuckend: Er ist ein \
                 Ausdauermuskel.",
                "Der Gastrocnemius hat mehr schnelle Fasern als der Soleus.",
                "Der Soleus hat deutlich mehr langsam zuckende Fasern als der Gastrocnemius.",
            ],
            hint: "",
        },
        QuestionWords {
            prompt: "Wie viel Lauferfahrung haben Sie?",
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
            prompt: "Haben Sie Ihren Trainingsumfang kürzlich stark gesteigert, zum Beispiel vor \
                     einem Wettkampf?",
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
            prompt: "Hatten Sie schon einmal eine Wadenzerrung oder Achillessehnenbeschwerden?",
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
            prompt: "Linkes Bein: Wie viele Wiederholungen schaffen Sie beim einbeinigen \
                     Fersenheben mit gestrecktem Knie?",
            options: &[],
            feedback: &[],
            hint: "Der Test hinter den Normwerten: Stellen Sie sich auf einem Bein auf eine \
                   feste, rutschsichere Schräge von etwa {incline}° (Zehen höher als die Ferse, \
                   ein Keil oder eine Rampe) oder auf den flachen Boden und kreuzen Sie unten das \
                   Kästchen an. Knie gestreckt, Körper ruhig, der andere Fuß in der Luft, nur die \
                   Fingerspitzen an der Wand. Drücken Sie sich so hoch wie möglich und senken Sie \
                   sich wieder ab, im Takt eines Metronoms mit {bpm} Schlägen pro Minute: auf \
                   einen Schlag hoch, auf den nächsten ab. Hören Sie auf, wenn Sie den Takt nicht \
                   mehr halten, nicht mehr ganz hochkommen, das Knie beugen, sich vorlehnen oder \
                   mehr als die Fingerspitzen brauchen. Tippen Sie die Zahl ein oder lassen Sie \
                   das Metronom unten zählen. Lassen Sie den Test aus, wenn er schmerzt, und \
                   lassen Sie das abklären, bevor Sie mit dem Zirkel beginnen.",
        },
        QuestionWords {
            prompt: "Rechtes Bein: derselbe Test mit dem anderen Bein.",
            options: &[],
            feedback: &[],
            hint: "Derselbe Aufbau und dieselben Abbruchregeln. Der Plan richtet sich nach dem \
                   schwächeren Bein, und ein großer Unterschied zwischen den Beinen sollte \
                   physiotherapeutisch angesehen werden.",
        },
    ],
    red_flags: [
        RedFlagWords {
            question: "Eine Waden- oder Achillessehnenverletzung in den letzten {weeks} Wochen \
                       (Zerrung, Riss oder plötzlicher Schmerz beim Sport)",
            reason: "Eine frische Verletzung braucht einen Plan für ihren Heilungsstand, nicht \
                     einen Plan für eine gesunde Wade.",
        },
        RedFlagWords {
            question: "Jetzt Schmerzen in Wade oder Achillessehne, die Sie hinken lassen oder \
                       das Hüpfen auf diesem Bein verhindern",
            reason: "Schmerzen, die Gehen oder Hüpfen verändern, zeigen, dass das Bein für \
                     diesen Zirkel noch nicht bereit ist.",
        },
        RedFlagWords {
            question: "Eine Wade geschwollen im Vergleich zur anderen, oder überwärmt, gerötet \
                       oder dunkler verfärbt, druckempfindlich oder pochend",
            reason: "Das können Anzeichen einer Thrombose (Blutgerinnsel in einer tiefen Vene) \
                     sein, die noch am selben Tag abgeklärt werden muss, auch wenn es nach dem \
                     Laufen begann.",
        },
        RedFlagWords {
            question: "Schmerzen in einer Wade und in den letzten Wochen eine lange Reise (etwa \
                       ein Langstreckenflug), eine Operation, ein Gips oder eine Schiene oder \
                       Bettruhe; oder eine frühere Thrombose, eine Schwangerschaft oder eine \
                       Geburt vor Kurzem, die Pille oder eine Hormonersatztherapie, eine \
                       Krebserkrankung oder ihre Behandlung",
            reason: "Wadenschmerzen zusammen mit etwas, das das Thromboserisiko erhöht, müssen \
                     noch am selben Tag abgeklärt werden.",
        },
        RedFlagWords {
            question: "Atemnot, Brustschmerzen beim Einatmen oder Bluthusten",
            reason: "Zusammen mit Wadenbeschwerden kann das eine Lungenembolie bedeuten: ein \
                     Notfall.",
        },
        RedFlagWords {
            question: "Ein plötzlicher Knall oder das Gefühl eines Tritts hinten am \
                       Sprunggelenk, eine tastbare Lücke über der Ferse, oder Sie kommen auf \
                       diesem Bein allein nicht in den Zehenstand",
            reason: "Das können Anzeichen eines Achillessehnenrisses sein; die Behandlung wirkt \
                     am besten, wenn sie früh beginnt. Dass Sie gehen können, schließt ihn nicht \
                     aus.",
        },
        RedFlagWords {
            question: "Plötzliche, starke Wadenschmerzen, die immer schlimmer werden und sich \
                       weder in Ruhe noch mit Schmerzmitteln bessern, oft nach einer \
                       Verletzung, mit einer harten, geschwollenen Wade",
            reason: "Das können Anzeichen eines akuten Kompartmentsyndroms sein, bei dem der \
                     Druck im Muskel steigt: ein Notfall.",
        },
        RedFlagWords {
            question: "Spannung, Ziehen, Kribbeln oder Taubheitsgefühl in der Wade, die beim \
                       Gehen oder Laufen kommen und nachlassen, wenn Sie aufhören",
            reason: "Dieses Muster kann von Druck im Muskel bei Belastung (chronisches \
                     Kompartmentsyndrom) oder von der Durchblutung kommen und sollte ärztlich \
                     oder physiotherapeutisch abgeklärt werden. Es ist kein Notfall.",
        },
        RedFlagWords {
            question: "Ein Bein oder Fuß, der plötzlich kalt, blass oder bläulich geworden ist \
                       und schmerzt oder taub ist",
            reason: "Das kann bedeuten, dass die Durchblutung des Beins unterbrochen ist: ein \
                     Notfall.",
        },
        RedFlagWords {
            question: "Haut am Bein, die gerötet, heiß und geschwollen ist und sich ausbreitet, \
                       oder Fieber",
            reason: "Das können Anzeichen einer Hautinfektion (Wundrose oder Phlegmone) sein, \
                     die noch am selben Tag abgeklärt werden muss.",
        },
        RedFlagWords {
            question: "Fieber mit starkem Krankheitsgefühl, Verwirrtheit, Schüttelfrost oder \
                       starker Atemnot",
            reason: "Bei einer Infektion können das Anzeichen einer Sepsis sein: ein Notfall.",
        },
        RedFlagWords {
            question: "Schmerz an einer Stelle des Schienbeins, die auf Druck schmerzt und beim \
                       Laufen oder Hüpfen wehtut",
            reason: "Das kann eine Stressreaktion des Knochens sein. Laufen Sie nicht weiter, \
                     bis es abgeklärt ist.",
        },
        RedFlagWords {
            question: "Beinschmerzen nachts oder in Ruhe, zusammen mit einem unerklärten \
                       Gewichtsverlust oder einer früheren Krebserkrankung",
            reason: "Das muss ärztlich auf andere Ursachen als die Muskeln untersucht werden.",
        },
        RedFlagWords {
            question: "Rückenschmerzen mit Schmerzen, Kribbeln, Taubheitsgefühl oder Schwäche, \
                       die ins Bein ziehen",
            reason: "Die Wadenbeschwerden können von einem Nerv im Rücken kommen; das sollte \
                     ärztlich oder physiotherapeutisch untersucht werden.",
        },
        RedFlagWords {
            question: "Taubheitsgefühl am Gesäß oder im Genitalbereich oder neue Probleme, Blase \
                       oder Darm zu kontrollieren",
            reason: "Das können Anzeichen sein, dass Nerven am unteren Ende der Wirbelsäule \
                     eingeklemmt sind (Cauda-equina-Syndrom): ein Notfall.",
        },
    ],
    urgencies: [
        UrgencyWords {
            heading: "Vor diesem Zirkel physiotherapeutisch untersuchen lassen",
            advice: "Eine aktuelle oder frische Verletzung muss zuerst untersucht werden: Eine \
                     Physiotherapeutin oder ein Physiotherapeut kann sagen, wie weit sie \
                     verheilt ist und wann und wie Sie sie wieder belasten können. Bis dahin \
                     meiden Sie alles, was wehtut.",
        },
        UrgencyWords {
            heading: "Bald abklären lassen",
            advice: "Vereinbaren Sie in den nächsten Tagen einen ärztlichen oder \
                     physiotherapeutischen Termin und schildern Sie diese Anzeichen. Machen Sie \
                     diesen Zirkel nicht und laufen Sie nicht gegen den Schmerz an, bis es \
                     abgeklärt worden ist.",
        },
        UrgencyWords {
            heading: "Heute ärztlichen Rat einholen",
            advice: "Wenden Sie sich heute an Ihre Arztpraxis oder den ärztlichen \
                     Bereitschaftsdienst. Belasten Sie das Bein nicht mit Übungen, bis es \
                     untersucht worden ist.",
        },
        UrgencyWords {
            heading: "Heute in die Notaufnahme",
            advice: "Gehen Sie heute in die Notaufnahme; warten Sie nicht auf einen \
                     regulären Termin. Belasten Sie das Bein so wenig wie möglich.",
        },
        UrgencyWords {
            heading: "Das könnte ein Notfall sein",
            advice: "Rufen Sie sofort den Notruf an. Machen Sie keine Übungen mit dem Bein.",
        },
    ],
    levels: [
        LevelWords {
            name: "Grundlage",
            summary: "Beide Beine, ohne Zusatzgewicht, gestützte Positionen: schafft die Basis \
                      für einbeinige Übungen.",
        },
        LevelWords {
            name: "Aufbau",
            summary: "Fersenheben im Sitzen mit Gewicht und einbeinige Übungen mit gebeugtem \
                      Knie: baut Kraft und Ausdauer auf.",
        },
        LevelWords {
            name: "Leistung",
            summary: "Fersenheben im Sitzen mit Gewicht, voller Bewegungsumfang auf der Stufe \
                      und einbeiniges Halten für kräftige, erfahrene Waden.",
        },
    ],
    exercises: [
        ExerciseWords {
            name: "Fersenheben im Sitzen",
            steps: &[
                "Setzen Sie sich auf einen Stuhl, Füße flach, Knie rechtwinklig gebeugt.",
                "Drücken Sie die Fußballen in den Boden und heben Sie die Fersen so hoch wie \
                 möglich.",
                "Halten Sie oben kurz und senken Sie dann langsam ab.",
            ],
            cue: "Das stark gebeugte Knie verschiebt Arbeit vom Gastrocnemius zum Soleus; der \
                  Gastrocnemius hilft noch etwas mit.",
            easier: "Beide Füße, ohne Gewicht.",
            harder: "Ein schwereres Gewicht, oder einbeinig mit dem Gewicht auf diesem \
                     Oberschenkel.",
            picture: "Zeichnung: eine Person sitzt auf einem Stuhl, die Oberschenkel waagrecht, die Unterschenkel senkrecht, und hebt die Fersen vom Boden.",
        },
        ExerciseWords {
            name: "Fersenheben mit gebeugtem Knie",
            steps: &[
                "Stellen Sie sich vor eine Wand, die Hand oder die Fingerspitzen an der Wand, \
                 um das Gleichgewicht zu halten.",
                "Beugen Sie die Knie deutlich, Knie über den Zehen, und halten Sie die Beugung \
                 die ganze Zeit.",
                "Stellen Sie sich auf die Zehenspitzen, halten Sie kurz und senken Sie langsam \
                 ab.",
            ],
            cue: "Halten Sie die Kniebeugung von unten bis oben gleich; eine tiefere Beugung \
                  verschiebt mehr Arbeit zum Soleus.",
            easier: "Mit beiden Beinen und mehr Halt an der Wand.",
            harder: "Einbeinig, oder mit einem Gewicht in der Hand.",
            picture: "Zeichnung: eine Person steht mit gebeugten Knien, die Fingerspitzen an einer Wand, und hebt sich auf die Zehen.",
        },
        ExerciseWords {
            name: "Fersenheben im Wandsitz",
            steps: &[
                "Lehnen Sie den Rücken an eine Wand und gleiten Sie an der Wand in einen hohen \
                 Wandsitz.",
                "Halten Sie den Sitz und heben Sie beide Fersen vom Boden.",
                "Halten Sie kurz und senken Sie langsam ab, ohne dass sich der Rücken bewegt.",
            ],
            cue: "Die gehaltene Kniebeugung verschiebt mehr Arbeit zum Soleus.",
            easier: "Höher sitzen oder sich vorne an einem Stuhl festhalten.",
            harder: "Jeweils nur eine Ferse heben. Wenn die Knie sich melden, höher sitzen.",
            picture: "Zeichnung: eine Person in einem flachen Wandsitz, den Rücken an der Wand, hebt die Fersen.",
        },
        ExerciseWords {
            name: "Fersenheben auf der Stufe, Knie gebeugt",
            steps: &[
                "Stellen Sie sich auf einem Bein mit dem Fußballen auf eine Stufe, die Ferse \
                 hängt frei, eine Hand an der Wand oder am Geländer.",
                "Beugen Sie das Knie leicht und halten Sie die Beugung.",
                "Senken Sie die Ferse unter die Stufe ab und drücken Sie sich dann so hoch wie \
                 möglich. Wenn das Fersenbein hinten schmerzt, senken Sie nur bis auf \
                 Stufenhöhe ab.",
            ],
            cue: "Eine gleichbleibende Kniebeugung und voller Bewegungsumfang; bei dieser \
                  kleinen Beugung teilen sich beide Wadenmuskeln die Arbeit.",
            easier: "Mit beiden Füßen oder auf flachem Boden.",
            harder: "Ein Gewicht in der Hand auf der Übungsseite halten.",
            picture: "Zeichnung: eine Person auf einem Bein, der Fußballen auf der Stufenkante, das Knie leicht gebeugt, eine Hand an der Wand; die Ferse senkt sich unter die Stufe und hebt sich.",
        },
        ExerciseWords {
            name: "Zehenstand mit gebeugtem Knie",
            steps: &[
                "Stellen Sie sich mit einer Hand an der Wand oder am Geländer hin, die Knie \
                 gebeugt und über den Zehen.",
                "Stellen Sie sich auf die Zehenspitzen und halten Sie die Position.",
                "Senken Sie nach Ablauf der Zeit langsam ab.",
            ],
            cue: "Während des ganzen Haltens hoch auf den Zehen und mit gebeugten Knien \
                  bleiben.",
            easier: "Kürzer halten, auf beiden Beinen.",
            harder: "Ohne Halt an der Wand, oder mit einem Gewicht in der Hand.",
            picture: "Zeichnung: eine Person mit leicht gebeugten Knien und den Armen zum Gleichgewicht nach vorn, hoch auf den Zehen gehalten.",
        },
    ],
    get_ready: "Bereit machen",
    starts_in_template: "Los in {seconds}",
    stride: StrideWords {
        intro: "Ein Laufschritt auf einem Bein, vom Aufsetzen des Fußes bis zum Abheben der \
                Zehen. Gehen Sie ihn durch und sehen Sie, wann welcher Wadenmuskel arbeitet und \
                wie stark.",
        figure_template: "Eine Läuferin in einem Schritt: {phase}, {percent} % des Wegs",
        chart_label: "Kraft der Wadenmuskeln über den Schritt, als Vielfaches des Körpergewichts \
                      (Modellschätzung)",
        axis_label: "× Körpergewicht",
        axis_ends: ["Aufsetzen", "Abheben"],
        scrubber_label: "Moment im Schritt",
        scrubber_value_template: "{percent} % des Schritts: {phase}",
        play: "Schritt abspielen",
        pause: "Anhalten",
        landing_label: "Aufsatz",
        landings: ["Ferse zuerst", "Vorfuß zuerst"],
        speed_label: "Tempo",
        speeds: ["Lockerer Lauf", "Schnellerer Lauf"],
        phase_names: ["Aufsetzen", "Abfangen der Landung", "Mittelstütz", "Abdruck", "Abheben"],
        phase_text: [
            "Die Ferse setzt auf. Die Schienbeinmuskeln senken den Vorfuß ab; die Wade hat noch \
             wenig zu tun.",
            "Knie und Sprunggelenk beugen sich und fangen die Landung ab. Die Wadenmuskeln \
             arbeiten, während sie gedehnt werden, bremsen das Schienbein, das sich über den Fuß \
             nach vorn neigt, und die Achillessehne speichert Energie.",
            "Der Körper zieht über den Fuß, das Knie ist am stärksten gebeugt. Die Wade arbeitet \
             jetzt am meisten; in Modellstudien trägt der Soleus mehr zur Stütze des Körpers bei \
             als jeder andere Muskel.",
            "Die Ferse hebt ab. Die Achillessehne gibt die gespeicherte Energie zurück, und die \
             Wade drückt den Körper nach oben und vorn.",
            "Die Zehen verlassen den Boden, und die Wade ruht bis zur nächsten Landung.",
        ],
        touchdown_forefoot: "Der Fußballen setzt auf. Die Wade arbeitet sofort und senkt die \
                             Ferse kontrolliert ab.",
        values_template: "Soleus etwa {soleus}, Gastrocnemius etwa {gastrocnemius} × \
                          Körpergewicht (Modellschätzung).",
        curve_names: ["Soleus", "Gastrocnemius"],
        model_note_template: "Eine Modellschätzung, keine Messung. Die Spitzen sind die aus \
                              Modellstudien häufig zitierten Bereiche (Soleus etwa {soleus}, \
                              Gastrocnemius etwa {gastrocnemius} × Körpergewicht), nicht an den \
                              Abbildungen der Studien geprüft. Die Form der Kurven und wo jedes \
                              Tempo in diesen Bereichen liegt, sind zur Veranschaulichung.",
        speed_note_template: "Die Wade leistet beim Laufen den größten Teil der Stütze, und \
                              mehr, je schneller Sie laufen, bis etwa {speed} m/s; noch \
                              schneller übernehmen die Hüftmuskeln.",
        landing_note: "Nach einem Vorfußaufsatz arbeitet die Wade ab dem Aufsetzen, und die \
                       Spitzenkraft der Achillessehne ist höher; nach einem Fersenaufsatz \
                       arbeiten zuerst die Schienbeinmuskeln. Ob ein Aufsatz einen der beiden \
                       Wadenmuskeln bevorzugt, ist nicht belegt.",
        knee_template: "Im Mittelstütz ist das Knie etwa {angle}° gebeugt, wie bei den Übungen \
                        des Zirkels mit gebeugtem Knie: bei diesem Winkel gibt das Modell des \
                        Erkunders dem Soleus etwa {share} % der Kraft der Wade.",
        steps_template: "Ein Lauf von {minutes} Minuten mit {cadence} Schritten pro Minute \
                         umfasst etwa {steps} solcher Schritte pro Bein.",
        circuit_line: "Genau diese Arbeit trainiert ein Soleus-Zirkel.",
        shortcuts: "Tasten: , und . gehen durch die Phasen; P spielt den Schritt ab.",
        sources_label: "Quellen:",
        checked_label: "Was geprüft wurde",
        // In the order of `model::evidence::STRIDE_SOURCES`.
        source_notes: &[
        "Nicht erneut gelesen; aus einer Sekundärquelle: In Simulationen des Laufens von 2 bis \
         5 m/s trug der Soleus bei jeder Geschwindigkeit mehr zur Aufwärtsbeschleunigung \
         (Stütze) bei als jeder andere Muskel.",
        "Einleitung (mit Verweis auf frühere Studien): Die Wadenmuskeln nehmen früh im \
         Bodenkontakt Energie auf und geben sie spät wieder ab; ein Vorfußaufsatz erhöht die \
         Spitzenkraft und -spannung der Achillessehne. Die eigenen Ergebnisse wurden nicht \
         erneut gelesen.",
        "Abstract: 20 gesunde Läuferinnen und Läufer; beim Vorwärtslaufen war das Knie zum \
         Zeitpunkt des größten Kniemoments, in der Mitte des Bodenkontakts, 44 ± 6° gebeugt.",
        ],
    },
};
