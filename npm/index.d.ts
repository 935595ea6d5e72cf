// Types of the Soleus calf widget's JavaScript API: `mount`, its options, the handle it
// returns and the events the widget dispatches on its element.

/** The languages the widget speaks. */
export type SoleusLanguage = "en" | "de";

/** A circuit's level, from the quiz. */
export type SoleusLevel = "foundation" | "build" | "performance";

/** How soon a screening answer says to see a clinician. */
export type SoleusUrgency = "see-physio" | "soon" | "same-day" | "urgent-care" | "emergency";

/**
 * Options of `mount`: the embed attributes' names in camelCase without `data-`, plus `id`.
 * A wrong value is ignored with one console warning naming it, and the default is used.
 */
export interface SoleusOptions {
  /** The widget's language; default: the page's `lang`, then English. */
  lang?: SoleusLanguage;
  /** Which parts to show; default `"both"`. */
  sections?: "diagram" | "quiz" | "both";
  /** The starting knee angle, whole degrees 0–110; default 0. */
  knee?: number;
  /** Default `"auto"`, which follows the system. */
  theme?: "auto" | "light" | "dark";
  /** `#rgb` or `#rrggbb`, dark enough for white text (4.5:1); default teal. */
  accent?: string;
  /** The clinic's name, shown as text (80 characters at most). */
  clinicName?: string;
  /** An absolute `http://` or `https://` address of the clinic's booking page. */
  bookingUrl?: string;
  /** An absolute `http://` or `https://` address that share links open; default the page's. */
  shareUrl?: string;
  /** The number the "Call" button of an emergency result dials; default `"112"`. */
  emergencyNumber?: string;
  /** A number for urgent, non-emergency medical advice (for example `"111"` in the UK). */
  urgentNumber?: string;
  /** Offer "remember my answers on this device"; default `true`. */
  remember?: boolean;
  /** `"reduce"` turns animation off; default `"auto"`. */
  motion?: "auto" | "reduce";
  /** Start in presenter mode; default `false`. */
  presenter?: boolean;
  /** Names the widget in share links and storage; default its position on the page. */
  id?: string;
}

/** What `mount` returns at once. */
export interface SoleusHandle {
  /**
   * Disposes the widget (its state, timers and listeners) and shows the element's own content
   * again. Only the latest handle of an element unmounts it; calling it twice does nothing.
   */
  unmount(): void;
}

/** The `detail` of each event the widget dispatches (bubbling) on its element. */
export interface SoleusEventDetails {
  "soleus:ready": { lang: SoleusLanguage };
  "soleus:quiz-complete": { outcome: "circuit"; level: SoleusLevel } | { outcome: "seek-care" };
  "soleus:triage": { outcome: "clear" } | { outcome: "seek-care"; urgency: SoleusUrgency };
  "soleus:circuit-started": { level: SoleusLevel };
  "soleus:circuit-finished": { level: SoleusLevel };
}

/** The widget's events, as `CustomEvent`s, for `addEventListener`. */
export type SoleusEventMap = {
  [name in keyof SoleusEventDetails]: CustomEvent<SoleusEventDetails[name]>;
};

/**
 * Mounts a widget into `element` (any HTML element without a shadow root of its own).
 * Returns the handle at once; the module loads if it has not. Mounting the same element
 * again replaces its widget. Never throws.
 */
export function mount(element: HTMLElement, options?: SoleusOptions): SoleusHandle;

/**
 * Resolves once the module has loaded and mounted every widget, or to `undefined` where the
 * widget cannot start (no WebAssembly). Pages rarely need it.
 */
export const ready: Promise<unknown>;

declare global {
  interface HTMLElementEventMap extends SoleusEventMap {}
  interface Window {
    /** The same API, defined by the loader unless the page already has a `Soleus`. */
    Soleus?: { readonly mount: typeof mount; readonly ready: typeof ready };
  }
}
