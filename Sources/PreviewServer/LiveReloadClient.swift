import Foundation

/// The script added to every served HTML page (never to `sitegen build`
/// output). It listens to the server's events (EventSource) and:
/// - reloads the page when the page itself or a script, image or frame it
///   loaded changed, keeping the scroll position (sessionStorage);
/// - swaps a changed stylesheet in place, without a reload;
/// - leaves the page alone when nothing it uses changed;
/// - shows, updates or removes the error overlay as builds fail and succeed;
/// - reconnects by itself when the server restarts (EventSource retries),
///   and then reloads, since the site may have changed meanwhile.
enum LiveReloadClient {
    /// The path of the event stream; no site file can use it (see `PreviewResponder`).
    static let eventsPath = "/__sitegen/events"

    struct Configuration: Encodable {
        var server: String
        var generation: Int
        /// The site file this response served ("404.html" for a missing page).
        var page: String
        /// The site path the browser asked for, so a 404 page reloads once that page exists.
        var request: String
        var events: String
        var overlayID: String
        var overlayStyle: String
        var overlayExplanation: String
    }

    static func scriptTag(_ configuration: Configuration) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(configuration)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // Inside <script>, "</script>" or "<!--" in a file name must not end the element.
        let safeJSON = json.replacingOccurrences(of: "<", with: "\\u003c")
        return "<script>/* sitegen serve: live reload */(" + script + ")(" + safeJSON + ");</script>"
    }

    /// A function of the configuration. Written for the browsers sitegen's
    /// pages target; no external request, no dependency.
    static let script = """
    function (config) {
      "use strict";
      var scrollKey = "sitegen-serve-scroll";
      try {
        var saved = JSON.parse(sessionStorage.getItem(scrollKey) || "null");
        if (saved && saved.url === location.href) {
          sessionStorage.removeItem(scrollKey);
          var restore = function () { window.scrollTo(saved.x, saved.y); };
          restore();
          if (document.readyState !== "complete") window.addEventListener("load", restore, { once: true });
        }
      } catch (e) {}

      function reload() {
        try { sessionStorage.setItem(scrollKey, JSON.stringify({ url: location.href, x: window.scrollX, y: window.scrollY })); } catch (e) {}
        // The browser's own restoration would run after ours, and it moves
        // the position when text was added above it.
        if ("scrollRestoration" in history) history.scrollRestoration = "manual";
        location.reload();
      }

      function sitePath(address) {
        var url;
        try { url = new URL(address, location.href); } catch (e) { return null; }
        if (url.origin !== location.origin) return null;
        var path;
        try { path = decodeURIComponent(url.pathname); } catch (e) { return null; }
        path = path.replace(/^\\/+/, "");
        if (path === "" || path.charAt(path.length - 1) === "/") path += "index.html";
        return path;
      }

      function pathsThePageUses() {
        var paths = {};
        paths[config.page] = true;
        paths[config.request] = true;
        var entries = (window.performance && performance.getEntriesByType) ? performance.getEntriesByType("resource") : [];
        for (var i = 0; i < entries.length; i++) {
          var path = sitePath(entries[i].name);
          if (path) paths[path] = true;
        }
        var elements = document.querySelectorAll("script[src], img[src], iframe[src], embed[src], video[src], audio[src], source[src], object[data]");
        for (var j = 0; j < elements.length; j++) {
          var element = elements[j];
          var address = element.getAttribute("src") || element.getAttribute("data");
          var used = address && sitePath(address);
          if (used) paths[used] = true;
        }
        return paths;
      }

      function swapStylesheet(link, generation) {
        var url = new URL(link.getAttribute("href"), location.href);
        url.searchParams.set("sitegen", String(generation));
        var fresh = link.cloneNode();
        fresh.href = url.href;
        var done = function () { if (link.parentNode) link.parentNode.removeChild(link); };
        fresh.addEventListener("load", done, { once: true });
        fresh.addEventListener("error", done, { once: true });
        link.parentNode.insertBefore(fresh, link.nextSibling);
      }

      function showErrors(errors) {
        var old = document.getElementById(config.overlayID);
        if (old) old.parentNode.removeChild(old);
        if (!errors || errors.length === 0) return;
        var box = document.createElement("div");
        box.id = config.overlayID;
        box.setAttribute("role", "alert");
        box.setAttribute("style", config.overlayStyle);
        var heading = document.createElement("strong");
        heading.textContent = "sitegen: " + errors.length + (errors.length === 1 ? " error." : " errors.") + config.overlayExplanation;
        var lines = document.createElement("pre");
        lines.setAttribute("style", "margin:8px 0 0;white-space:pre-wrap;font:inherit");
        lines.textContent = errors.join("\\n");
        box.appendChild(heading);
        box.appendChild(lines);
        document.body.appendChild(box);
      }

      var source = new EventSource(config.events + "?server=" + encodeURIComponent(config.server) + "&generation=" + config.generation);
      source.onmessage = function (message) {
        var event;
        try { event = JSON.parse(message.data); } catch (e) { return; }
        if (event.reload) { source.close(); reload(); return; }
        showErrors(event.errors);
        if (!event.changed || event.changed.length === 0) return;
        var used = pathsThePageUses();
        var changed = {};
        for (var i = 0; i < event.changed.length; i++) {
          var path = event.changed[i];
          changed[path] = true;
          if (!/\\.css$/i.test(path) && used[path]) { source.close(); reload(); return; }
        }
        var links = document.querySelectorAll("link[rel~=stylesheet][href]");
        for (var j = 0; j < links.length; j++) {
          var sheet = sitePath(links[j].getAttribute("href"));
          if (sheet && changed[sheet]) swapStylesheet(links[j], event.generation);
        }
      };
    }
    """
}

/// Adds the reload client, and the error overlay when there are errors, to a served HTML page.
enum PageInjection {
    static func inject(into page: [UInt8], snapshot: SiteSnapshot, serverID: String, servedPath: String, requestedPath: String) -> [UInt8] {
        var addition = ErrorOverlay.html(errors: snapshot.errors) ?? ""
        addition += LiveReloadClient.scriptTag(LiveReloadClient.Configuration(
            server: serverID, generation: snapshot.generation, page: servedPath, request: requestedPath,
            events: LiveReloadClient.eventsPath, overlayID: ErrorOverlay.elementID, overlayStyle: ErrorOverlay.style,
            overlayExplanation: ErrorOverlay.headingExplanation))
        let insertion = Array(addition.utf8)
        guard let position = lastBodyEnd(in: page) else { return page + insertion }
        var result = page
        result.insert(contentsOf: insertion, at: position)
        return result
    }

    /// The offset of the last `</body` (any case), where the additions go.
    static func lastBodyEnd(in page: [UInt8]) -> Int? {
        let pattern = Array("</body".utf8)
        guard page.count >= pattern.count else { return nil }
        var index = page.count - pattern.count
        while index >= 0 {
            var matches = true
            for offset in 0..<pattern.count where lowercased(page[index + offset]) != pattern[offset] {
                matches = false
                break
            }
            if matches { return index }
            index -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
