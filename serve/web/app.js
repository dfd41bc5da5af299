// claimgraph serve: keyboard use. The pages work without it; nothing is fetched from elsewhere.
(function () {
  "use strict";
  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
  }
  function cards() { return Array.prototype.slice.call(document.querySelectorAll(".card")); }
  function move(step) {
    var all = cards();
    if (!all.length) return;
    var at = all.findIndex(function (c) { return c.contains(document.activeElement); });
    var next = all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step))];
    var link = next.querySelector("a.open") || next.querySelector("a");
    (link || next).focus();
    next.scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey && event.key === "Enter" && event.target.tagName === "TEXTAREA") {
      event.target.form.submit();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    if (event.key === "/") { event.preventDefault(); var q = document.getElementById("q"); q.focus(); q.select(); }
    else if (event.key === "j") move(1);
    else if (event.key === "k") move(-1);
    else if (event.key === "c") window.location.href = "/check";
    else if (event.key === "g") window.location.href = "/contested";
  });
})();
