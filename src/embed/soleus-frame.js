// For pages that embed the widget through an iframe (platforms that strip scripts from
// posts can often still load one script site-wide). Sizes every
// <iframe data-soleus-frame src=".../embed.html?..."> to its content and re-dispatches the
// widget's events on the iframe element as CustomEvents.
//
// Only messages from the iframe's own window and origin are accepted.
(function () {
  "use strict";
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-soleus-frame]"));
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== "soleus" || typeof data.type !== "string") return;
    frames().forEach(function (frame) {
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (error) {
        return;
      }
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      if (data.type === "soleus:height") {
        var height = Number(data.detail && data.detail.height);
        if (height > 0 && height < 20000) frame.style.height = height + "px";
        return;
      }
      frame.dispatchEvent(new CustomEvent(data.type, { detail: data.detail, bubbles: true }));
    });
  });
})();
