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
