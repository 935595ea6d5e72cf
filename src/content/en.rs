//! English words.

use super::Text;

/// The widget in English.
pub static TEXT: Text = Text {
    title: "Soleus and gastrocnemius: who does the work?",
    intro: "Your calf has two big muscles. Bend the knee and watch the work move from the \
            gastrocnemius to the deeper soleus.",
    diagram_label: "Diagram of the lower leg from behind and the side",
    diagram_description: "The gastrocnemius starts above the knee and forms the visible bulk \
                          of the calf. The soleus lies beneath it and starts below the knee. \
                          Both join the Achilles tendon at the heel.",
    soleus: "Soleus",
    gastrocnemius: "Gastrocnemius",
    knee_label: "Knee bend",
    degrees_template: "{angle}°",
    knee_valuetext_template: "Knee bent {angle} degrees: soleus {soleus} percent, \
                              gastrocnemius {gastrocnemius} percent",
    share_heading: "Estimated share of the work",
    percent_template: "{percent}%",
    sentence_shared_template: "With the knee at {angle}°, the soleus and the gastrocnemius \
                               share the work.",
    sentence_soleus_leads_template: "With the knee bent to {angle}°, the gastrocnemius \
                                     weakens and the soleus takes over more of the work.",
    sentence_soleus_dominant_template: "With the knee bent to {angle}°, the soleus does most \
                                        of the work.",
    model_label_template: "Model, not measurement: an estimate from muscle size and bent-knee \
                           strength studies ({sources}). The curve between them is \
                           illustrative.",
    education_notice: "Education, not diagnosis. This does not replace an assessment: if pain \
                       persists or gets worse, see a physiotherapist or doctor.",
};
