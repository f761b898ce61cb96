// Optional enhancement of the chapter list. Every page is complete without it:
// the list is inline on small sites, and long sites keep prev/next links and a
// link to the home page's chapter list.
(function () {
  "use strict";
  var nav = document.querySelector(".chapter-nav");
  if (!nav) return;

  // Long sites: chapters.js defines the list once for all pages; fill it in here.
  var list = nav.querySelector("ol[data-current]");
  var chapters = window.SITEGEN_CHAPTERS;
  if (list && Array.isArray(chapters)) {
    var root = list.getAttribute("data-root") || "";
    var current = list.getAttribute("data-current");
    chapters.forEach(function (chapter, index) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + chapter.url;
      if (chapter.url === current) link.setAttribute("aria-current", "page");
      var number = document.createElement("span");
      number.className = "chapter-list-number";
      number.textContent = String(index + 1);
      var title = document.createElement("span");
      title.className = "chapter-list-title";
      title.textContent = chapter.title;
      link.append(number, title);
      item.append(link);
      list.append(item);
    });
    list.hidden = false;
    var fallback = nav.querySelector(".chapter-nav-fallback");
    if (fallback) fallback.hidden = true;
  }

  // Wide screens show the list as a sidebar: open the disclosure where CSS
  // (::details-content) cannot show it while closed.
  var details = nav.querySelector("details");
  if (details && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 60em)");
    var sync = function () { details.open = wide.matches; };
    sync();
    wide.addEventListener("change", sync);
  }
})();
