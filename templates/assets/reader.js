// The reader's conveniences: the colour-scheme switch, the current section
// in the table of contents, and copy buttons on code. Each page is complete
// without them; their controls exist only when this script runs (the switch
// is hidden by CSS until the head's inline script marks <html class="js">).
(function () {
  "use strict";
  var root = document.documentElement;
  var script = document.currentScript;
  var storageKey = "sitegen-scheme";

  // Colour scheme: "light" or "dark" is stored and set as <html data-scheme>
  // (the head's inline script does so before first paint); "system" removes
  // both, and the stylesheet follows prefers-color-scheme.
  function storedScheme() {
    try {
      var scheme = localStorage.getItem(storageKey);
      return scheme === "light" || scheme === "dark" ? scheme : "system";
    } catch (error) {
      return "system";
    }
  }

  function applyScheme(scheme) {
    if (scheme === "light" || scheme === "dark") root.setAttribute("data-scheme", scheme);
    else root.removeAttribute("data-scheme");
    try {
      if (scheme === "system") localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, scheme);
    } catch (error) {
      // Storage refused (private modes): the choice lasts for this page only.
    }
  }

  var switches = document.querySelectorAll("[data-scheme-switch]");
  Array.prototype.forEach.call(switches, function (control) {
    control.value = storedScheme();
    control.addEventListener("change", function () {
      applyScheme(control.value);
    });
  });
  // Another tab changed the scheme.
  window.addEventListener("storage", function (event) {
    if (event.key !== storageKey) return;
    var scheme = storedScheme();
    if (scheme === "system") root.removeAttribute("data-scheme");
    else root.setAttribute("data-scheme", scheme);
    Array.prototype.forEach.call(switches, function (control) { control.value = scheme; });
  });

  // The current section: the last heading that has passed the top 30% of
  // the viewport. The observer only says when to look again; nothing is
  // scrolled or animated.
  var toc = document.querySelector(".toc");
  if (toc && "IntersectionObserver" in window) {
    var links = {};
    var headings = [];
    Array.prototype.forEach.call(toc.querySelectorAll("a[href^='#']"), function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) {
        links[id] = link;
        headings.push(heading);
      }
    });
    var current = null;
    var atEnd = false;
    var mark = function () {
      // At the end of the page the last sections can no longer reach the
      // line: the last heading in view is the one being read.
      var line = atEnd ? window.innerHeight : window.innerHeight * 0.3;
      var found = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) found = headings[i];
        else break;
      }
      var link = found ? links[found.id] : null;
      if (link === current) return;
      if (current) current.removeAttribute("aria-current");
      if (link) link.setAttribute("aria-current", "location");
      current = link;
    };
    if (headings.length) {
      var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -70% 0px", threshold: [0, 1] });
      headings.forEach(function (heading) { observer.observe(heading); });
      // The footer, the last thing on the page, wholly in view: the end is reached.
      var footer = document.querySelector(".site-footer");
      if (footer) {
        new IntersectionObserver(function (entries) {
          atEnd = entries[entries.length - 1].intersectionRatio >= 0.99;
          mark();
        }, { threshold: [0, 0.99] }).observe(footer);
      }
      mark();
    }
  }

  // Copy buttons: after each code block, a button that puts exactly the
  // code's text on the clipboard and says so in a live region.
  var copyLabel = script && script.getAttribute("data-copy");
  var copiedLabel = script && script.getAttribute("data-copied");
  if (!copyLabel || !copiedLabel) return;
  var blocks = document.querySelectorAll(".prose pre > code");
  if (!blocks.length) return;

  var status = document.createElement("p");
  status.className = "visually-hidden copy-status";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  // Where the Clipboard API is missing or refused (an insecure origin, a
  // denied permission), a selected text area and execCommand("copy").
  function copyBySelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "copy-source";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyBySelection(text); }
      );
    }
    return Promise.resolve(copyBySelection(text));
  }

  Array.prototype.forEach.call(blocks, function (code) {
    var pre = code.parentNode;
    var wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = copyLabel;
    var reset = null;
    button.addEventListener("click", function () {
      copy(code.textContent).then(function (copied) {
        if (!copied) return;
        button.textContent = copiedLabel;
        // Cleared first, so the same words are announced again on a second copy.
        status.textContent = "";
        window.setTimeout(function () { status.textContent = copiedLabel; }, 50);
        window.clearTimeout(reset);
        reset = window.setTimeout(function () { button.textContent = copyLabel; }, 2000);
      });
    });
    wrapper.appendChild(button);
  });
})();
