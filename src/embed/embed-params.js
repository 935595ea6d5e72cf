// Runs inside embed.html (the iframe route) as a deferred script, so after the page is parsed
// and before the widget module, which comes after it in the document.
// 1. Copies the page's query parameters onto the widget's host element as data-* attributes,
//    so an iframe takes exactly the same configuration as the script snippet. The widget
//    validates every value itself.
// 2. Tells the parent page the content height, and forwards the widget's events, with
//    postMessage. Messages carry outcomes and levels only, never a person's answers.
(function () {
  "use strict";
  var OPTIONS = [
    "lang", "sections", "knee", "theme", "accent", "clinic-name", "booking-url",
    "share-url", "emergency-number", "urgent-number", "remember", "motion", "presenter",
  ];
  var host = document.querySelector("[data-soleus-widget]");
  if (!host) return;
  var params = new URLSearchParams(location.search);
  OPTIONS.forEach(function (name) {
    if (params.has(name)) host.setAttribute("data-" + name, params.get(name));
  });

  if (window.parent === window) return;
  var target = "*";
  try {
    if (document.referrer) target = new URL(document.referrer).origin;
  } catch (error) {
    target = "*";
  }
  function post(type, detail) {
    window.parent.postMessage({ source: "soleus", type: type, detail: detail || {} }, target);
  }
  var lastHeight = 0;
  function reportHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post("soleus:height", { height: height });
    }
  }
  new ResizeObserver(reportHeight).observe(document.documentElement);
  ["ready", "quiz-complete", "triage", "circuit-started", "circuit-finished"].forEach(function (name) {
    host.addEventListener("soleus:" + name, function (event) {
      post("soleus:" + name, event.detail);
    });
  });
})();
