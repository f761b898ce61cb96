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

  /** Han (with 々 and 〇), Hiragana, Katakana (without ・) and Hangul. */
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

  var api = { fold: fold, tokens: tokens };
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
