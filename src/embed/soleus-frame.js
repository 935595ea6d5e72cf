// For pages that embed the widget through an iframe (platforms that strip scripts from
// posts can often still load one script site-wide). Sizes every
// <iframe data-soleus-frame src=".../embed.html?..."> to its content and re-dispatches the
// widget's events on the iframe element as CustomEvents.
//
// Only messages from the iframe's own window are accepted, from its origin (or, for a frame
// sandboxed without allow-same-origin, the opaque origin "null"); only the widget's documented
// events are re-dispatched, and heights are kept within a sane range.
(function () {
  "use strict";
  var EVENTS = ["soleus:ready", "soleus:quiz-complete", "soleus:triage", "soleus:circuit-started", "soleus:circuit-finished"];
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-soleus-frame]"));
  }
  function expectedOrigin(frame) {
    var sandbox = frame.getAttribute("sandbox");
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return "null";
    try {
      return new URL(frame.src, location.href).origin;
    } catch (error) {
      return undefined;
    }
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== "soleus" || typeof data.type !== "string") return;
    frames().forEach(function (frame) {
      if (event.source !== frame.contentWindow || event.origin !== expectedOrigin(frame)) return;
      if (data.type === "soleus:height") {
        var height = Math.ceil(Number(data.detail && data.detail.height));
        if (height >= MIN_HEIGHT && height <= MAX_HEIGHT) frame.style.height = height + "px";
        return;
      }
      if (EVENTS.indexOf(data.type) === -1) return;
      var detail = {};
      var sent = data.detail && typeof data.detail === "object" ? data.detail : {};
      ["lang", "outcome", "level", "urgency"].forEach(function (field) {
        if (typeof sent[field] === "string") detail[field] = sent[field];
      });
      frame.dispatchEvent(new CustomEvent(data.type, { detail: detail, bubbles: true }));
    });
  });
})();
