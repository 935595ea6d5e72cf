//! German words.

use super::Text;

/// The widget in German.
pub static TEXT: Text = Text {
    title: "Soleus und Gastrocnemius: Wer leistet die Arbeit?",
    intro: "Ihre Wade hat zwei große Muskeln. Beugen Sie das Knie und sehen Sie, wie die Arbeit \
            vom Gastrocnemius auf den tiefer liegenden Soleus übergeht.",
    diagram_label: "Schaubild des Unterschenkels von hinten und von der Seite",
    diagram_description: "Der Gastrocnemius entspringt oberhalb des Knies und bildet die \
                          sichtbare Wölbung der Wade. Der Soleus liegt darunter und entspringt \
                          unterhalb des Knies. Beide setzen über die Achillessehne an der Ferse \
                          an.",
    soleus: "Soleus",
    gastrocnemius: "Gastrocnemius",
    knee_label: "Kniebeugung",
    degrees_template: "{angle}°",
    knee_valuetext_template: "Knie {angle} Grad gebeugt: Soleus {soleus} Prozent, \
                              Gastrocnemius {gastrocnemius} Prozent",
    share_heading: "Geschätzter Anteil an der Arbeit",
    percent_template: "{percent} %",
    sentence_shared_template: "Bei {angle}° Kniebeugung teilen sich Soleus und Gastrocnemius \
                               die Arbeit.",
    sentence_soleus_leads_template: "Bei {angle}° Kniebeugung lässt der Gastrocnemius nach \
                                     und der Soleus übernimmt mehr von der Arbeit.",
    sentence_soleus_dominant_template: "Bei {angle}° Kniebeugung leistet der Soleus den \
                                        größten Teil der Arbeit.",
    model_label_template: "Modell, keine Messung: eine Schätzung aus Studien zur Muskelgröße \
                           und zur Kraft bei gebeugtem Knie ({sources}). Der Verlauf dazwischen \
                           ist veranschaulichend.",
    education_notice: "Information, keine Diagnose. Dies ersetzt keine Untersuchung: Wenn \
                       Schmerzen anhalten oder zunehmen, wenden Sie sich an eine \
                       Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen \
                       Arzt.",
};
