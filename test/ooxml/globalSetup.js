/* eslint-disable no-undef */
// The run's count of schema-validated workbooks: test/ooxml/validate.ts appends a line per call to this
// file (the test workers inherit the variable), globalTeardown.js prints the total.
const { mkdtempSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

module.exports = async () => {
  const file = join(mkdtempSync(join(tmpdir(), "shopsheet-ooxml-count-")), "count.txt");
  writeFileSync(file, "");
  process.env.SHOPSHEET_OOXML_COUNT = file;
};
