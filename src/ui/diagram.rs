//! The calf diagram: the lower leg seen from the side, bending at the knee.
//!
//! Only the lower leg's rotation and the muscles' strength are reactive, so moving the knee
//! updates two attributes, never the whole drawing.

use leptos::prelude::*;

use super::Words;
use crate::model::anatomy::Muscle;
use crate::model::knee::Share;

/// Knee joint centre in the drawing's coordinates; the lower leg rotates about it.
const KNEE_X: i32 = 120;
const KNEE_Y: i32 = 120;

/// A side view of the leg whose lower part follows the knee angle.
#[component]
pub fn CalfDiagram(
    /// The model's share at the current angle: its angle bends the leg, its capacities shade
    /// the muscles.
    share: Memo<Share>,
) -> impl IntoView {
    let text = Words::get();
    // Bending the knee swings the foot backwards, which is to the right in this drawing:
    // a negative (anticlockwise) rotation in SVG's y-down coordinates.
    let lower_leg_transform = move || {
        let degrees = i32::from(share.get().knee_degrees);
        format!("rotate({} {KNEE_X} {KNEE_Y})", -degrees)
    };
    let gastrocnemius_strength = move || share.get().gastrocnemius_capacity_percent().to_string();

    view! {
        <figure class="sol-diagram">
            <svg
                class="sol-diagram__svg"
                viewBox="0 0 360 360"
                role="img"
                aria-labelledby="sol-diagram-title sol-diagram-desc"
            >
                <title id="sol-diagram-title">{text.ui.diagram_label}</title>
                <desc id="sol-diagram-desc">{text.ui.diagram_description}</desc>
                <defs>
                    <pattern id="sol-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="6" class="sol-diagram__hatch"/>
                    </pattern>
                    <pattern id="sol-dots" width="7" height="7" patternUnits="userSpaceOnUse">
                        <circle cx="3.5" cy="3.5" r="1.2" class="sol-diagram__dot"/>
                    </pattern>
                </defs>
                <path class="sol-diagram__skin" d="M92 0 H150 Q156 70 146 128 H96 Q86 70 92 0 Z"/>
                <g class="sol-diagram__lower-leg" transform=lower_leg_transform>
                    <path class="sol-diagram__skin" d="M98 118 Q92 210 104 300 L100 330 H46 Q40 316 60 310 L118 300 Q140 306 146 316 L150 300 Q176 220 150 118 Z"/>
                    <path class="sol-diagram__bone" d="M106 124 L110 300"/>
                    <path class="sol-diagram__bone sol-diagram__bone--thin" d="M128 136 L126 292"/>
                    <ellipse class="sol-diagram__heel-bone" cx="136" cy="314" rx="13" ry="9"/>
                    <path class="sol-diagram__muscle sol-diagram__muscle--soleus" d="M132 140 Q170 200 150 262 Q144 282 142 290 Q132 250 130 200 Z"/>
                    <path class="sol-diagram__pattern" fill="url(#sol-dots)" d="M132 140 Q170 200 150 262 Q144 282 142 290 Q132 250 130 200 Z"/>
                    <g class="sol-diagram__gastrocnemius" style:--sol-strength=gastrocnemius_strength>
                        <path class="sol-diagram__muscle sol-diagram__muscle--gastrocnemius" d="M140 96 Q186 150 166 214 Q156 240 146 252 Q150 190 138 130 Z"/>
                        <path class="sol-diagram__pattern" fill="url(#sol-hatch)" d="M140 96 Q186 150 166 214 Q156 240 146 252 Q150 190 138 130 Z"/>
                    </g>
                    <path class="sol-diagram__tendon" d="M146 252 Q144 280 142 306"/>
                </g>
                <circle class="sol-diagram__knee" cx=KNEE_X cy=KNEE_Y r="9"/>
            </svg>
            <figcaption class="sol-diagram__legend">
                <span class="sol-diagram__key sol-diagram__key--gastrocnemius">{text.muscle(Muscle::Gastrocnemius).name}</span>
                <span class="sol-diagram__key sol-diagram__key--soleus">{text.muscle(Muscle::Soleus).name}</span>
            </figcaption>
        </figure>
    }
}
