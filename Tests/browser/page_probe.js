// Measures the loaded page for browser_pages.py: horizontal overflow and figure sizes.
// Runs as a Selenium async script; the last argument is the callback.
var done = arguments[arguments.length - 1];

function describe(element) {
  var text = element.tagName.toLowerCase();
  if (element.id) { text += "#" + element.id; }
  var classes = (element.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean);
  if (classes.length) { text += "." + classes.join("."); }
  return text;
}

// An element whose overflow is clipped or scrolls does not widen the page, nor does
// anything inside it.
function insideClippingBox(element) {
  for (var node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    var overflowX = getComputedStyle(node).overflowX;
    if (overflowX !== "visible") { return true; }
  }
  return false;
}

function measure() {
  var root = document.documentElement;
  var viewport = root.clientWidth;
  var wide = [];
  if (root.scrollWidth > viewport) {
    var all = document.body ? document.body.getElementsByTagName("*") : [];
    for (var i = 0; i < all.length && wide.length < 3; i++) {
      var element = all[i];
      var box = element.getBoundingClientRect();
      if (box.right <= viewport + 0.5 || insideClippingBox(element)) { continue; }
      // Name the outermost culprits only, not every descendant of one wide box.
      var parent = element.parentElement;
      var parentBox = parent ? parent.getBoundingClientRect() : null;
      if (parent && parent !== document.body && parentBox.right > viewport + 0.5) { continue; }
      wide.push(describe(element) + " (right edge at " + Math.round(box.right) + " px)");
    }
  }

  var figures = [];
  var figureElements = document.querySelectorAll("figure");
  for (var f = 0; f < figureElements.length; f++) {
    var figure = figureElements[f];
    var caption = figure.querySelector("figcaption");
    var name = describe(figure) + " #" + (f + 1) +
      (caption ? " \u201c" + caption.textContent.trim().slice(0, 40) + "\u201d" : "");
    var graphics = figure.querySelectorAll("svg, img");
    if (graphics.length === 0) {
      if (/\bdiagram\b/.test(figure.className)) {
        figures.push(name + " has no SVG or image");
      }
      continue;
    }
    for (var g = 0; g < graphics.length; g++) {
      var graphic = graphics[g];
      // Only the outermost svg of a figure: nested svg and its shapes may be tiny.
      if (graphic.tagName.toLowerCase() === "svg" && graphic.parentElement.closest("svg")) { continue; }
      var rect = graphic.getBoundingClientRect();
      var kind = graphic.tagName.toLowerCase();
      if (rect.width === 0 || rect.height === 0) {
        figures.push(name + ": " + kind + " has zero size (" + rect.width + "\u00d7" + rect.height + ")");
      }
    }
  }

  // Every diagram <text>: its rendered size is the font size (in viewBox units) × the
  // drawing's rendered width ÷ its viewBox width (issue #16: at least 11 px at 390 px).
  var textSizes = [];
  var drawings = document.querySelectorAll("figure svg[viewBox]");
  for (var d = 0; d < drawings.length; d++) {
    var drawing = drawings[d];
    if (drawing.parentElement.closest("svg")) { continue; }
    var viewBoxWidth = drawing.viewBox.baseVal.width;
    var renderedWidth = drawing.getBoundingClientRect().width;
    if (!viewBoxWidth || !renderedWidth) { continue; }
    var texts = drawing.querySelectorAll("text");
    var smallest = null;
    for (var t = 0; t < texts.length; t++) {
      var fontSize = parseFloat(getComputedStyle(texts[t]).fontSize);
      var rendered = fontSize * renderedWidth / viewBoxWidth;
      if (smallest === null || rendered < smallest.size) {
        smallest = { size: rendered, text: texts[t].textContent.slice(0, 24), fontSize: fontSize };
      }
    }
    if (smallest !== null) {
      textSizes.push({
        figure: (drawing.getAttribute("class") || "svg") + " #" + (d + 1),
        smallest: Math.round(smallest.size * 100) / 100,
        fontSize: smallest.fontSize,
        text: smallest.text,
        renderedWidth: Math.round(renderedWidth),
        viewBoxWidth: viewBoxWidth,
      });
    }
  }

  return {
    textSizes: textSizes,
    scrollWidth: root.scrollWidth,
    clientWidth: viewport,
    wide: wide,
    figures: figures,
    figureCount: figureElements.length,
  };
}

// Measure after web fonts have arrived and two frames have been laid out.
var fontsReady = (document.fonts && document.fonts.ready) ? document.fonts.ready : Promise.resolve();
fontsReady.then(function () {
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      setTimeout(function () { done(measure()); }, 50);
    });
  });
});
