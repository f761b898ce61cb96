// Search for sitegen sites: the tokenizer (the same rules as the Swift
// indexer's), the query engine over the index's script shards, and the
// search box. Loads the index by adding <script> elements, so it works from
// file:// and under any path prefix, with no fetch() and no WebAssembly.
(function (global) {
  "use strict";

  // ---- Tokenizer: the same rules as Sources/SearchIndex/SearchTokenizer.swift,
  // checked against Tests/search/tokens.json by Tests/search/tokenizer.test.js.

  var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
  var MARK = /^\p{M}$/u;

  /** Han (with U+3005 and U+3007), Hiragana, Katakana (without U+30FB) and Hangul. */
  function isCJK(cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || cp === 0x3005 || cp === 0x3007 ||
      (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x309D && cp <= 0x309F) ||
      (cp >= 0x30A1 && cp <= 0x30FA) || (cp >= 0x30FC && cp <= 0x30FF) ||
      (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0x31F0 && cp <= 0x31FF) ||
      (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
      (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
      (cp >= 0xD7B0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0xFFA0 && cp <= 0xFFDC) ||
      (cp >= 0x20000 && cp <= 0x3FFFF);
  }

  var CJK = 0, WORD = 1, MARK_CLASS = 2, SEPARATOR = 3;

  function scalarClass(cp, ch) {
    if (cp < 0x80) {
      return ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5A) || (cp >= 0x61 && cp <= 0x7A)) ? WORD : SEPARATOR;
    }
    if (isCJK(cp)) return CJK;
    if (LETTER_OR_DIGIT.test(ch)) return WORD;
    if (MARK.test(ch)) return MARK_CLASS;
    return SEPARATOR;
  }

  /** NFKC, each code point lower-cased on its own, NFKC again. */
  function fold(text) {
    var normalized = text.normalize("NFKC");
    var out = "";
    var changed = false;
    for (var ch of normalized) {
      var lower = ch.toLowerCase();
      if (lower !== ch) changed = true;
      out += lower;
    }
    return changed ? out.normalize("NFKC") : out;
  }

  /** The tokens of a text: CJK bigrams (or a lone character), and words. */
  function tokens(text) {
    var result = [];
    var word = "";
    var run = [];
    function flushWord() {
      if (word !== "") { result.push(word); word = ""; }
    }
    function flushRun() {
      if (run.length === 1) {
        result.push(run[0]);
      } else {
        for (var i = 0; i + 1 < run.length; i++) result.push(run[i] + run[i + 1]);
      }
      run = [];
    }
    for (var ch of fold(text)) {
      switch (scalarClass(ch.codePointAt(0), ch)) {
        case CJK: flushWord(); run.push(ch); break;
        case WORD: flushRun(); word += ch; break;
        case MARK_CLASS:
          if (word !== "") word += ch;
          else if (run.length > 0) run[run.length - 1] += ch;
          break;
        default: flushWord(); flushRun();
      }
    }
    flushWord();
    flushRun();
    return result;
  }

  // ---- Posting lists: the two forms written by Sources/SearchIndex/PostingList.swift.

  var FINAL_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
  var MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  var BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  function decodeList(text) {
    var result = [];
    if (!text) return result;
    var i, value;
    if (text.charAt(0) === "!") {
      var byteIndex = 0;
      for (var chunk = 1; chunk < text.length; chunk += 4) {
        var group = text.slice(chunk, chunk + 4);
        var triple = 0;
        for (i = 0; i < group.length; i++) triple |= BASE64URL.indexOf(group.charAt(i)) << (18 - 6 * i);
        for (var position = 0; position < group.length - 1; position++) {
          var byte = (triple >> (16 - 8 * position)) & 255;
          for (var bit = 0; bit < 8; bit++) if (byte & (1 << bit)) result.push((byteIndex + position) * 8 + bit);
        }
        byteIndex += group.length - 1;
      }
      return result;
    }
    var previous = -1;
    value = 0;
    for (i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      var more = MORE_DIGITS.indexOf(ch);
      if (more >= 0) { value = value * 32 + more; continue; }
      previous += value * 32 + FINAL_DIGITS.indexOf(ch) + 1;
      result.push(previous);
      value = 0;
    }
    return result;
  }

  function intersect(a, b) {
    var result = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { result.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return result;
  }

  function union(lists) {
    if (lists.length === 1) return lists[0];
    var seen = new Set();
    lists.forEach(function (list) { list.forEach(function (n) { seen.add(n); }); });
    return Array.from(seen).sort(function (a, b) { return a - b; });
  }

  // ---- Queries: the rules of Sources/SearchIndex/SearchQuery.swift.

  function isCJKToken(token) { return isCJK(token.codePointAt(0)); }

  function shardOf(token, count) {
    var key = Array.from(token);
    if (!isCJKToken(token)) key = key.slice(0, 2);
    var hash = 2166136261;
    for (var i = 0; i < key.length; i++) {
      hash ^= key[i].codePointAt(0);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % count;
  }

  function matchesByPrefix(token) { return !isCJKToken(token) && Array.from(token).length > 1; }

  /** Space-separated parts, each with its folded text and tokens; parts without tokens are dropped. */
  function parseQuery(text) {
    return text.split(/\s+/).map(function (part) {
      return { folded: fold(part), tokens: tokens(part) };
    }).filter(function (part) { return part.tokens.length > 0; });
  }

  function containsAll(parts, foldedText) {
    return parts.every(function (part) { return foldedText.indexOf(part.folded) >= 0; });
  }

  /** Where the index is and what of it is loaded. `base` is the URL of the search/ folder. */
  function Index(base) {
    this.base = base;
    this.root = null;
    this.shards = {};
    this.blocks = {};
    this.waiting = {};
    this.resolvers = {};
  }

  /** Loads one of the index's scripts once; it hands its data to `registered`. */
  Index.prototype.loadScript = function (name) {
    var self = this;
    if (!this.waiting[name]) {
      this.waiting[name] = new Promise(function (resolve, reject) {
        self.resolvers[name] = resolve;
        var script = document.createElement("script");
        script.src = self.base + name;
        script.async = true;
        script.onerror = function () { delete self.waiting[name]; reject(new Error("cannot load " + script.src)); };
        document.head.appendChild(script);
      });
    }
    return this.waiting[name];
  };

  Index.prototype.registered = function (name, value) {
    var resolve = this.resolvers[name];
    if (resolve) { delete this.resolvers[name]; resolve(value); }
  };

  Index.prototype.loadRoot = function () {
    var self = this;
    return this.loadScript("index.js").then(function (root) {
      if (!self.root) self.root = { shards: root.shards, blockStarts: decodeList(root.blocks) };
      return self.root;
    });
  };

  Index.prototype.loadShard = function (number) {
    var self = this;
    return this.loadScript("t/" + number + ".js").then(function (data) {
      if (!self.shards[number]) self.shards[number] = data;
      return self.shards[number];
    });
  };

  Index.prototype.loadBlock = function (number) {
    var self = this;
    if (!this.blocks[number]) {
      this.blocks[number] = this.loadScript("d/" + number + ".js").then(function (encoded) {
        var binary = atob(encoded);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        return new Response(stream).text();
      }).then(function (json) {
        return JSON.parse(json);
      });
    }
    return this.blocks[number];
  };

  Index.prototype.lookup = function (token) {
    var shard = this.shards[shardOf(token, this.root.shards)];
    var entries = [];
    if (matchesByPrefix(token)) {
      Object.keys(shard).forEach(function (key) {
        if (!isCJKToken(key) && key.lastIndexOf(token, 0) === 0) entries.push(shard[key]);
      });
    } else if (Object.prototype.hasOwnProperty.call(shard, token)) {
      entries.push(shard[token]);
    }
    function field(index) {
      return union(entries.map(function (entry) {
        if (typeof entry === "string") return index === 0 ? decodeList(entry) : [];
        return decodeList(entry[index] || "");
      }));
    }
    return { all: field(0), heading: field(1), title: field(2) };
  };

  /** Ranked section numbers holding every token (no phrase check). */
  Index.prototype.candidates = function (parts) {
    var self = this;
    return this.loadRoot().then(function (root) {
      var needed = new Set();
      parts.forEach(function (part) {
        part.tokens.forEach(function (token) { needed.add(shardOf(token, root.shards)); });
      });
      return Promise.all(Array.from(needed).map(function (n) { return self.loadShard(n); }));
    }).then(function () {
      var matching = null;
      var score = new Map();
      parts.forEach(function (part) {
        var inHeading = null, inTitle = null;
        part.tokens.forEach(function (token) {
          var lists = self.lookup(token);
          matching = matching ? intersect(matching, lists.all) : lists.all;
          inHeading = inHeading ? intersect(inHeading, lists.heading) : lists.heading;
          inTitle = inTitle ? intersect(inTitle, lists.title) : lists.title;
        });
        inHeading.forEach(function (s) { score.set(s, (score.get(s) || 0) + 2); });
        inTitle.forEach(function (s) { score.set(s, (score.get(s) || 0) + 1); });
      });
      return (matching || []).map(function (s) { return { section: s, score: score.get(s) || 0 }; })
        .sort(function (a, b) { return b.score - a.score || a.section - b.section; });
    });
  };

  Index.prototype.blockOf = function (section) {
    var starts = this.root.blockStarts, low = 0, high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= section) low = middle; else high = middle - 1;
    }
    return low;
  };

  Index.prototype.section = function (number) {
    var self = this;
    var block = this.blockOf(number);
    return this.loadBlock(block).then(function (pages) {
      var current = self.root.blockStarts[block];
      for (var p = 0; p < pages.length; p++) {
        var sections = pages[p][2];
        if (number < current + sections.length) {
          var fields = sections[number - current];
          return { section: number, url: pages[p][0], pageTitle: pages[p][1], id: fields[0], heading: fields[1], text: fields[2] };
        }
        current += sections.length;
      }
      throw new Error("section " + number + " is not in its block");
    });
  };

  /**
   * The results of a query, best first: candidates whose text holds every part.
   * Stops at `limit` results or after checking `maxChecked` candidates.
   */
  Index.prototype.search = function (text, limit, maxChecked) {
    var self = this;
    var parts = parseQuery(text);
    if (parts.length === 0) return Promise.resolve({ parts: parts, results: [], candidates: 0 });
    return this.candidates(parts).then(function (candidates) {
      var results = [];
      var next = 0;
      var checkLimit = Math.min(candidates.length, maxChecked || Infinity);
      function batch() {
        if (results.length >= limit || next >= checkLimit) {
          return { parts: parts, results: results.slice(0, limit), candidates: candidates.length };
        }
        var slice = candidates.slice(next, Math.min(checkLimit, next + Math.max(limit - results.length, 8)));
        next += slice.length;
        return Promise.all(slice.map(function (c) { return self.section(c.section); })).then(function (hits) {
          hits.forEach(function (hit, i) {
            var folded = fold(hit.pageTitle) + "\n" + fold(hit.heading) + "\n" + fold(hit.text);
            if (containsAll(parts, folded)) { hit.score = slice[i].score; results.push(hit); }
          });
          return batch();
        });
      }
      return batch();
    });
  };

  // ---- Snippets

  /**
   * The text around the first match of any part, as [{text, mark}] pieces.
   * Folding one character at a time keeps a map back to the original text.
   */
  function snippet(text, parts, before, after) {
    var folded = "";
    var origin = [];
    var offset = 0;
    for (var ch of text) {
      var f = fold(ch);
      for (var k = 0; k < f.length; k++) origin.push(offset);
      folded += f;
      offset += ch.length;
    }
    origin.push(text.length);
    var ranges = [];
    parts.forEach(function (part) {
      var from = 0, at;
      while (part.folded && (at = folded.indexOf(part.folded, from)) >= 0) {
        ranges.push([origin[at], origin[at + part.folded.length]]);
        from = at + part.folded.length;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - before);
    var end = Math.min(text.length, first + after);
    var pieces = [];
    var cursor = start;
    if (start > 0) pieces.push({ text: "…", mark: false });
    ranges.forEach(function (range) {
      var a = Math.max(range[0], cursor), b = Math.min(range[1], end);
      if (b <= a) return;
      if (a > cursor) pieces.push({ text: text.slice(cursor, a), mark: false });
      pieces.push({ text: text.slice(a, b), mark: true });
      cursor = b;
    });
    if (cursor < end) pieces.push({ text: text.slice(cursor, end), mark: false });
    if (end < text.length) pieces.push({ text: "…", mark: false });
    return pieces;
  }

  // ---- The search box (templates/partials/search.mustache)

  var LIMIT = 10;
  var MAX_CHECKED = 200;

  /** The words only the script shows (no results, the result count, a load error): the box's
      data-words, JSON in the site's language; each missing word reads as empty. */
  function scriptWords(box) {
    var words = {};
    try { words = JSON.parse(box.dataset.words || "{}") || {}; } catch (error) { words = {}; }
    ["noResults", "resultCountOne", "resultCountOther", "loadError"].forEach(function (name) {
      if (typeof words[name] !== "string") words[name] = "";
    });
    return words;
  }

  function setUp(box) {
    var input = box.querySelector("input");
    // The ARIA 1.1 combobox pattern (a wrapper owning the listbox), which the
    // HTML validator and axe versions of the browser check know.
    var combobox = box.querySelector("[role=combobox]");
    var list = box.querySelector("[role=listbox]");
    var status = box.querySelector("[role=status]");
    var root = box.dataset.searchRoot;
    var words = scriptWords(box);
    var index = new Index(root + "search/");
    global.sitegenSearch.index = index;
    var active = -1;
    var options = [];
    var generation = 0;
    var timer = 0;

    function close() {
      list.hidden = true;
      combobox.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(n) {
      if (options.length === 0) return;
      if (active >= 0) options[active].setAttribute("aria-selected", "false");
      active = (n + options.length) % options.length;
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function open(option) {
      global.location.href = option.dataset.href;
    }

    function render(answer) {
      list.textContent = "";
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
      answer.results.forEach(function (hit, n) {
        var option = document.createElement("li");
        option.id = "site-search-option-" + n;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.href = root + hit.url + (hit.id ? "#" + hit.id : "");
        var title = document.createElement("span");
        title.className = "search-result-page";
        title.textContent = hit.pageTitle;
        option.appendChild(title);
        if (hit.heading) {
          var heading = document.createElement("span");
          heading.className = "search-result-heading";
          heading.textContent = hit.heading;
          option.appendChild(heading);
        }
        var text = document.createElement("span");
        text.className = "search-result-snippet";
        snippet(hit.text, answer.parts, 24, 80).forEach(function (piece) {
          if (piece.mark) {
            var mark = document.createElement("mark");
            mark.textContent = piece.text;
            text.appendChild(mark);
          } else {
            text.appendChild(document.createTextNode(piece.text));
          }
        });
        option.appendChild(text);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { open(option); });
        list.appendChild(option);
        options.push(option);
      });
      var shown = options.length > 0;
      list.hidden = !shown;
      combobox.setAttribute("aria-expanded", shown ? "true" : "false");
      var count = options.length === 1 ? words.resultCountOne : words.resultCountOther;
      status.textContent = shown ? count.replace("{count}", String(options.length)) : words.noResults;
    }

    function run() {
      var text = input.value;
      var mine = ++generation;
      if (parseQuery(text).length === 0) {
        list.textContent = "";
        options = [];
        status.textContent = "";
        close();
        return;
      }
      index.search(text, LIMIT, MAX_CHECKED).then(function (answer) {
        if (mine === generation) render(answer);
      }, function () {
        if (mine === generation) { status.textContent = words.loadError; close(); }
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (list.hidden && options.length) { list.hidden = false; combobox.setAttribute("aria-expanded", "true"); }
        setActive(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive(active - 1);
      } else if (event.key === "Enter") {
        if (active >= 0) { event.preventDefault(); open(options[active]); }
        else if (options.length) { event.preventDefault(); open(options[0]); }
      } else if (event.key === "Escape") {
        if (!list.hidden) close(); else { input.value = ""; run(); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    input.addEventListener("focus", function () {
      if (options.length) { list.hidden = false; combobox.setAttribute("aria-expanded", "true"); }
    });

    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        input.focus();
        input.select();
      } else if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    box.hidden = false;
  }

  // The index's scripts call these as they load.
  global.sitegenSearch = {
    root: function (data) { if (global.sitegenSearch.index) global.sitegenSearch.index.registered("index.js", data); },
    shard: function (n, data) { if (global.sitegenSearch.index) global.sitegenSearch.index.registered("t/" + n + ".js", data); },
    block: function (n, data) { if (global.sitegenSearch.index) global.sitegenSearch.index.registered("d/" + n + ".js", data); },
    // The box's index, and the query parser: for the benchmark and the browser check.
    index: null,
    parseQuery: parseQuery,
  };

  if (typeof document !== "undefined") {
    var box = document.querySelector(".site-search[data-search-root]");
    if (box) setUp(box);
  }

  var api = { fold: fold, tokens: tokens, parseQuery: parseQuery, decodeList: decodeList, shardOf: shardOf, snippet: snippet };
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
