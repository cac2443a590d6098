// The reviewer's workspace: proposal boxes and word layer over the page image, blurred
// pictures revealed on click, zoom, redacting a text selection or a drawn box, decisions
// without a reload, keyboard shortcuts. Every action is an ordinary form post underneath,
// so the page works without this script.
(function () {
  "use strict";
  var frame = document.querySelector(".review-frame");

  function place() {
    if (!frame) { return; }
    var height = frame.clientHeight;
    frame.querySelectorAll("[data-box]").forEach(function (el) {
      var box = (el.getAttribute("data-box") || "").split(" ").map(Number);
      if (box.length !== 4) { return; }
      el.style.left = box[0] + "%";
      el.style.top = box[1] + "%";
      el.style.width = box[2] + "%";
      if (el.classList.contains("word")) {
        el.style.fontSize = Math.max(4, box[3] / 100 * height * 0.9) + "px";
      } else {
        el.style.height = box[3] + "%";
      }
    });
  }

  if (frame) {
    var img = frame.querySelector("img");
    if (img && !img.complete) { img.addEventListener("load", place); } else { place(); }
    window.addEventListener("resize", place);
    frame.querySelectorAll(".blurred").forEach(function (el) {
      el.addEventListener("click", function () {
        el.classList.add("revealed");
        el.setAttribute("aria-label", "Picture shown");
      });
    });
  }

  // Redact the selected words: their character range on the page.
  var textForm = document.getElementById("add-text-form");
  if (textForm) {
    textForm.addEventListener("submit", function (event) {
      var selection = window.getSelection();
      var words = [];
      if (selection && !selection.isCollapsed && frame) {
        frame.querySelectorAll(".text-layer .word").forEach(function (w) {
          if (selection.containsNode(w, true)) { words.push(w); }
        });
      }
      if (!words.length) {
        event.preventDefault();
        window.alert("Select the words to redact on the page first.");
        return;
      }
      var start = Math.min.apply(null, words.map(function (w) { return +w.dataset.start; }));
      var end = Math.max.apply(null, words.map(function (w) { return +w.dataset.end; }));
      textForm.elements.start.value = start;
      textForm.elements.end.value = end;
    });
  }

  // Draw a box: drag on the page with the draw tool on (button or key b).
  var boxForm = document.getElementById("add-box-form");
  var drawLayer = frame && frame.querySelector(".draw-layer");
  if (boxForm && drawLayer) {
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "button button-secondary";
    toggle.textContent = "Draw a box";
    toggle.setAttribute("aria-pressed", "false");
    toggle.dataset.key = "b";
    // beside the zoom buttons, above the page: drawing starts where the page is in view
    var tools = document.querySelector(".zoom");
    if (tools) { tools.insertBefore(toggle, tools.firstChild); } else {
      boxForm.querySelector("fieldset").insertBefore(toggle, boxForm.querySelector("fieldset p"));
    }
    var drawing = false, origin = null, rubber = null;
    function setMode(on) {
      drawing = on;
      frame.classList.toggle("drawing", on);
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
    }
    toggle.addEventListener("click", function () { setMode(!drawing); });
    function point(event) {
      var rect = frame.getBoundingClientRect();
      var x = Math.min(Math.max(event.clientX - rect.left, 0), rect.width);
      var y = Math.min(Math.max(event.clientY - rect.top, 0), rect.height);
      return {x: x, y: y, w: rect.width, h: rect.height};
    }
    drawLayer.addEventListener("mousedown", function (event) {
      if (!drawing) { return; }
      event.preventDefault();
      origin = point(event);
      rubber = document.createElement("div");
      rubber.className = "rubber-band";
      drawLayer.appendChild(rubber);
    });
    drawLayer.addEventListener("mousemove", function (event) {
      if (!origin) { return; }
      var p = point(event);
      rubber.style.left = Math.min(origin.x, p.x) + "px";
      rubber.style.top = Math.min(origin.y, p.y) + "px";
      rubber.style.width = Math.abs(p.x - origin.x) + "px";
      rubber.style.height = Math.abs(p.y - origin.y) + "px";
    });
    drawLayer.addEventListener("mouseup", function (event) {
      if (!origin) { return; }
      var p = point(event);
      var pw = +frame.dataset.width, ph = +frame.dataset.height;
      var sx = pw / p.w, sy = ph / p.h;
      boxForm.elements.x0.value = (Math.min(origin.x, p.x) * sx).toFixed(1);
      boxForm.elements.y0.value = (Math.min(origin.y, p.y) * sy).toFixed(1);
      boxForm.elements.x1.value = (Math.max(origin.x, p.x) * sx).toFixed(1);
      boxForm.elements.y1.value = (Math.max(origin.y, p.y) * sy).toFixed(1);
      origin = null;
      setMode(false);
      boxForm.querySelector("button[type=submit]").focus();
    });
  }

  // Zoom the page image: the boxes and words are placed in percentages, so they follow.
  var zoom = 1;
  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var step = +button.dataset.zoom;
      zoom = step === 0 ? 1 : Math.min(4, Math.max(0.5, zoom * (step > 0 ? 1.25 : 0.8)));
      if (frame) { frame.style.setProperty("--zoom", zoom); place(); }
    });
  });

  // Decisions, edits and undo go to the server in the background and the page is redrawn
  // from the state it answers with: no reload. Without this script the forms post as usual.
  var message = document.getElementById("workspace-message");
  function show(text, ok) {
    if (!message) { return; }
    message.textContent = text;
    message.classList.toggle("error-text", !ok);
  }
  function redraw(state) {
    document.querySelectorAll('input[name="revision"]').forEach(function (input) {
      input.value = state.revision;
    });
    document.querySelectorAll("[data-count]").forEach(function (el) {
      el.textContent = state.counts[el.dataset.count] || 0;
    });
    document.querySelectorAll("[data-group]").forEach(function (el) {
      el.textContent = state.groups[el.dataset.group] || 0;
    });
    state.proposals.forEach(function (p) {
      document.querySelectorAll('.proposal-item[data-id="' + p.id + '"], .proposal[data-id="' +
                                p.id + '"]').forEach(function (el) {
        el.className = el.className.replace(/\bstatus-\w+/, "status-" + p.status)
          .replace(/\bcode-[\w-]+/, "code-" + p.code);
        var status = el.querySelector('[data-field="status"]');
        if (status) { status.textContent = p.status; }
        var code = el.querySelector('[data-field="code"]');
        if (code) {
          code.textContent = p.code;
          code.className = code.className.replace(/\bcode-[\w-]+$/, "code-" + p.code);
        }
        var label = el.querySelector('[data-field="label"]');
        if (label) { label.textContent = p.label !== p.code ? " · label " + p.label : ""; }
      });
    });
  }
  var background = /\/(decide|undo|proposals\/\d+)$/;
  document.querySelectorAll(".review-panel form").forEach(function (form) {
    if (!background.test(new URL(form.action, location.href).pathname)) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var started = performance.now();
      var item = form.closest(".proposal-item");
      if (item) { item.classList.add("busy"); }
      fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (answer.state) { redraw(answer.state); }
          show(answer.message, answer.ok);
          document.body.dataset.lastDecisionMs = String(Math.round(performance.now() - started));
          document.dispatchEvent(new CustomEvent("workspace:updated", {detail: answer}));
        })
        .catch(function () { form.submit(); })
        .finally(function () { if (item) { item.classList.remove("busy"); } });
    });
  });

  // Keep the place after a form that does reload the page (adding, workflow steps).
  document.querySelectorAll(".review-panel form, .add-redactions form").forEach(function (f) {
    f.addEventListener("submit", function (event) {
      if (event.defaultPrevented) { return; }
      sessionStorage.setItem("workspace-scroll", String(window.scrollY));
      var item = f.closest(".proposal-item");
      if (item) { sessionStorage.setItem("workspace-focus", item.dataset.id); }
    });
  });
  var y = sessionStorage.getItem("workspace-scroll");
  if (y !== null) {
    sessionStorage.removeItem("workspace-scroll");
    window.addEventListener("load", function () { window.scrollTo(0, +y); });
  }
  var items = Array.prototype.slice.call(document.querySelectorAll(".proposal-item"));
  var current = -1;
  var focusId = sessionStorage.getItem("workspace-focus");
  if (focusId) {
    sessionStorage.removeItem("workspace-focus");
    current = items.findIndex(function (i) { return i.dataset.id === focusId; });
  }
  function select(index) {
    if (!items.length) { return; }
    current = (index + items.length) % items.length;
    items.forEach(function (i) { i.classList.remove("selected"); });
    items[current].classList.add("selected");
    items[current].focus();
    document.querySelectorAll(".proposal").forEach(function (p) {
      p.classList.toggle("selected", p.dataset.id === items[current].dataset.id);
    });
  }
  if (current >= 0) { select(current); }

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.ctrlKey ||
        event.metaKey || event.altKey) { return; }
    var key = event.key;
    if (key === "j") { select(current + 1); return; }
    if (key === "k") { select(current - 1); return; }
    var scope = (key === "a" || key === "r") && current >= 0 ? items[current] : document;
    var target = scope.querySelector('[data-key="' + key + '"]');
    if (target) { event.preventDefault(); target.click(); }
  });
}());

// A running publication: ask where it has got every two seconds, and show the finished
// page (published, or back with the reason) as soon as it is done.
(function () {
  "use strict";
  var box = document.getElementById("publishing-progress");
  if (!box || !window.fetch) { return; }
  var text = box.querySelector(".progress-text");
  var bar = box.querySelector("progress");
  function poll() {
    fetch(box.dataset.url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { setTimeout(poll, 5000); return; }
        if (data.status !== "publishing") { window.location.reload(); return; }
        if (data.progress) {
          text.textContent = data.progress.text;
          bar.max = data.progress.total || 1;
          bar.value = data.progress.done;
        }
        setTimeout(poll, 2000);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 2000);
}());
