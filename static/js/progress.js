// Live progress on the documents list and batch pages: polls /documents/progress.json for
// the documents and batches on the page that are still being processed, and updates their
// words and progress bars in place. Stops when everything shown has finished.
(function () {
  "use strict";
  var INTERVAL = 2000;

  function unfinished(selector, attr) {
    return Array.prototype.slice.call(document.querySelectorAll(selector))
      .filter(function (el) { return el.getAttribute("data-finished") !== "true"; })
      .map(function (el) { return el.getAttribute(attr); });
  }

  function setBar(bar, done, total, finished) {
    if (!bar) { return; }
    bar.max = total || 1;
    bar.value = total ? done : (finished ? 1 : 0);
    bar.textContent = done + " / " + total;
  }

  function updateDocument(urn, p) {
    var box = document.querySelector('.doc-progress[data-urn="' + urn + '"]');
    if (!box) { return; }
    var words = box.querySelector("[data-status-words]");
    if (words) {
      words.textContent = p.words;
      words.className = "tag tag-" + ({ready: "green", failed: "red", password_required: "amber"}[p.status] || "blue");
    }
    var bar = box.querySelector("progress");
    setBar(bar, p.done, p.total, p.finished);
    if (bar) { bar.hidden = p.finished; }
    if (p.failure && !box.querySelector(".reason")) {
      var reason = document.createElement("p");
      reason.className = "hint reason";
      reason.textContent = p.failure;
      box.appendChild(reason);
    }
    box.setAttribute("data-finished", p.finished ? "true" : "false");
  }

  // A batch page whose archive a worker is unpacking: when files arrive (or the unpacking
  // ends) the table's rows are fetched again, so they appear without reloading the page.
  function refreshRows(b, item) {
    var table = document.querySelector('table[data-batch-table="' + b.batch + '"]');
    if (!table) { return; }
    var shown = table.querySelectorAll(".doc-progress[data-urn]").length;
    var most = parseInt(table.getAttribute("data-max-rows") || "200", 10);
    var unpacking = String(b.unpacking || 0);
    if (shown >= Math.min(b.documents, most) && item.getAttribute("data-unpacking") === unpacking) {
      return;
    }
    item.setAttribute("data-unpacking", unpacking);
    fetch(window.location.href, {credentials: "same-origin", headers: {"Accept": "text/html"}})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html")
          .querySelector('table[data-batch-table="' + b.batch + '"] tbody');
        if (fresh) { table.replaceChild(document.adoptNode(fresh), table.querySelector("tbody")); }
      })
      .catch(function () { item.setAttribute("data-unpacking", "?"); /* try next tick */ });
  }

  function updateBatch(b) {
    var item = document.querySelector('[data-batch="' + b.batch + '"]');
    if (!item) { return; }
    setBar(item.querySelector("progress"), b.done, b.total, b.finished);
    var words = item.querySelector("[data-batch-words]");
    if (words) { words.textContent = b.words; }
    refreshRows(b, item);
    item.setAttribute("data-finished", b.finished ? "true" : "false");
  }

  function poll() {
    var holder = document.querySelector("[data-progress-url]");
    if (!holder) { return; }
    var urns = unfinished(".doc-progress[data-urn]", "data-urn");
    var batches = unfinished("[data-batch]", "data-batch");
    if (!urns.length && !batches.length) { return; }
    var query = urns.map(function (u) { return "urn=" + encodeURIComponent(u); })
      .concat(batches.map(function (b) { return "batch=" + encodeURIComponent(b); })).join("&");
    fetch(holder.getAttribute("data-progress-url") + "?" + query,
          {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) {
        Object.keys(data.documents).forEach(function (urn) { updateDocument(urn, data.documents[urn]); });
        data.batches.forEach(updateBatch);
      })
      .catch(function () { /* a missed poll is retried on the next tick */ })
      .then(function () { window.setTimeout(poll, INTERVAL); });
  }

  document.addEventListener("DOMContentLoaded", function () { window.setTimeout(poll, INTERVAL); });
}());
