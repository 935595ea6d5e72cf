// The smallest router that behaves as single-page blogs' routers do, for the demo pages
// history-router.html and hash-router.html. The post route holds a quiz widget host, created
// when the route renders (as a framework would) and removed when it leaves.
window.RouterDemo = {
  start: function (config) {
    "use strict";
    var view = document.getElementById("view");
    var index = 0;
    function path() {
      if (config.mode === "history") return location.pathname;
      return (location.hash.slice(1) || "/").split("?")[0];
    }
    function render() {
      var current = path();
      var page = config.routes[current];
      view.textContent = "";
      view.insertAdjacentHTML("beforeend", page === undefined ? "<h1>Not found</h1>" : page);
      view.dataset.route = page === undefined ? "not-found" : current;
      if (current === Object.keys(config.routes)[1]) {
        var host = document.createElement("div");
        host.id = "calf";
        host.setAttribute("data-soleus-widget", "");
        host.setAttribute("data-sections", "quiz");
        host.setAttribute("data-theme", "light");
        host.textContent = "Calf quiz and strengthening circuit.";
        view.appendChild(host);
      }
    }
    if (config.mode === "history") {
      // The router's own state on every entry, as React Router keeps { key, idx }.
      history.replaceState({ key: "start", idx: 0 }, "");
      document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("a[data-route]");
        if (!link) return;
        event.preventDefault();
        index += 1;
        history.pushState({ key: "k" + index, idx: index }, "", link.href);
        render();
      });
      window.addEventListener("popstate", render);
    } else {
      window.addEventListener("hashchange", render);
    }
    render();
  },
};
