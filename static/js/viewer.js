// Lay the selectable text layer over the page image from each word's box (percentages of
// the page). Without JavaScript the page text is still there under "Text of this page".
(function () {
  "use strict";
  document.querySelectorAll(".page-frame").forEach(function (frame) {
    var layer = frame.querySelector(".text-layer");
    if (!layer) { return; }
    function place() {
      var height = frame.clientHeight;
      frame.querySelectorAll(".hit").forEach(function (hit) {
        var box = (hit.getAttribute("data-box") || "").split(" ").map(Number);
        if (box.length !== 4) { return; }
        hit.style.left = box[0] + "%";
        hit.style.top = box[1] + "%";
        hit.style.width = box[2] + "%";
        hit.style.height = box[3] + "%";
      });
      layer.querySelectorAll(".word").forEach(function (word) {
        var box = (word.getAttribute("data-box") || "").split(" ").map(Number);
        if (box.length !== 4) { return; }
        word.style.left = box[0] + "%";
        word.style.top = box[1] + "%";
        word.style.width = box[2] + "%";
        word.style.fontSize = Math.max(4, box[3] / 100 * height * 0.9) + "px";
      });
    }
    var first = frame.querySelector(".hit");
    var img = frame.querySelector("img");
    if (first) {
      (img && !img.complete ? img : window).addEventListener("load", function () {
        first.scrollIntoView({block: "center"});
      });
    }
    if (img && !img.complete) { img.addEventListener("load", place); } else { place(); }
    window.addEventListener("resize", place);
  });
}());
