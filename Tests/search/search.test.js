// The browser's tokenizer (templates/assets/search.js) against the table the
// Swift tokenizer is tested with: `node --test Tests/search/`.
const test = require("node:test");
const assert = require("node:assert");
const path = require("node:path");
const fs = require("node:fs");

const search = require(path.join(__dirname, "../../templates/assets/search.js"));
const table = JSON.parse(fs.readFileSync(path.join(__dirname, "tokens.json"), "utf8"));

for (const row of table) {
  test(row.note, () => {
    assert.deepStrictEqual(search.tokens(row.text), row.tokens, JSON.stringify(row.text));
  });
}

// Shard numbers and posting lists, which the Swift indexer writes
// (Tests/SearchIndexTests/IndexFormatTests.swift checks the same file).
const format = JSON.parse(fs.readFileSync(path.join(__dirname, "index-format.json"), "utf8"));
test("a token's shard", () => {
  for (const row of format.shards) assert.strictEqual(search.shardOf(row.token, format.shardCount), row.shard, row.token);
});
test("posting lists decode", () => {
  for (const row of format.lists) assert.deepStrictEqual(search.decodeList(row.text), row.sections, row.text);
});
test("a snippet marks every match, folded", () => {
  const pieces = search.snippet("在 PyTorch 里写作ＰＹＴＯＲＣＨ", search.parseQuery("pytorch"), 5, 40);
  assert.deepStrictEqual(pieces.filter((p) => p.mark).map((p) => p.text), ["PyTorch", "ＰＹＴＯＲＣＨ"]);
});
test("a snippet starts near the first match", () => {
  const text = "甲".repeat(100) + "权值共享" + "乙".repeat(100);
  const pieces = search.snippet(text, search.parseQuery("权值共享"), 10, 30);
  assert.strictEqual(pieces[0].text, "…");
  assert.strictEqual(pieces[2].text, "权值共享");
  assert.strictEqual(pieces[2].mark, true);
});
test("a query splits at white space and drops parts without tokens", () => {
  assert.deepStrictEqual(search.parseQuery(" 权值\u3000Conv2d ！ ").map((p) => p.tokens), [["权值"], ["conv2d"]]);
});
