// tradecheck report and web app: tooltips on chart points (hover and keyboard focus), and the
// evidence panel of a claim opened when its highlight in the text is followed. No dependencies.
(function () {
  "use strict";
  var tip = null;
  function show(el, x, y) {
    if (!tip) { tip = document.createElement("div"); tip.className = "tip"; tip.setAttribute("role", "status"); document.body.appendChild(tip); }
    tip.textContent = el.getAttribute("data-label") + ": " + el.getAttribute("data-value");
    tip.style.display = "block";
    tip.style.left = Math.min(x + 12, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = Math.max(y - 36, 4) + "px";
  }
  function hide() { if (tip) { tip.style.display = "none"; } }
  function point(target) { return target && target.closest ? target.closest("svg.chart .pt") : null; }
  document.addEventListener("mousemove", function (e) {
    var el = point(e.target);
    if (el) { show(el, e.clientX, e.clientY); } else { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var el = point(e.target);
    if (el) { var r = el.getBoundingClientRect(); show(el, r.left + r.width / 2, r.top); } else { hide(); }
  });
  document.addEventListener("focusout", hide);
  function openFromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var card = document.getElementById(id);
    if (!card) { return; }
    var details = card.querySelector("details");
    if (details) { details.open = true; }
    var summary = card.querySelector("summary");
    if (summary) { summary.focus({ preventScroll: true }); }
  }
  window.addEventListener("hashchange", openFromHash);
  document.addEventListener("DOMContentLoaded", openFromHash);
  // Upload: read a chosen text file into the text box (the form also posts the file itself).
  document.addEventListener("change", function (e) {
    var input = e.target;
    if (!input.matches || !input.matches("input[type=file][data-into]")) { return; }
    var box = document.getElementById(input.getAttribute("data-into"));
    if (!box || !input.files || !input.files[0]) { return; }
    input.files[0].text().then(function (t) { box.value = t; });
  });
})();
