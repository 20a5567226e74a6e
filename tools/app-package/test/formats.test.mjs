// The small PNG, ZIP and env-file readers and writers the package tools are built on.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseEnvFile } from "../env-file.mjs";
import { colorIconPng, outlineIconPng } from "../icons.mjs";
import { APP_PACKAGE_DIR } from "../paths.mjs";
import { substitutePlaceholders } from "../placeholders.mjs";
import { decodePng, encodePng, readPngHeader } from "../png.mjs";
import { createZip, readZip } from "../zip.mjs";

describe("icons", () => {
  test("the committed icons are what icons.mjs draws", () => {
    assert.ok(readFileSync(join(APP_PACKAGE_DIR, "color.png")).equals(colorIconPng()), "run node tools/app-package/generate-icons.mjs");
    assert.ok(readFileSync(join(APP_PACKAGE_DIR, "outline.png")).equals(outlineIconPng()), "run node tools/app-package/generate-icons.mjs");
  });
  test("PNG headers give the sizes", () => {
    assert.deepEqual([readPngHeader(colorIconPng()).width, readPngHeader(outlineIconPng()).height], [192, 32]);
  });
});

describe("png", () => {
  test("round trip keeps every pixel", () => {
    const pixels = Uint8Array.from({ length: 5 * 3 * 4 }, (_, i) => (i * 37) % 256);
    assert.deepEqual(decodePng(encodePng(5, 3, pixels)).rgba, pixels);
  });
  test("rejects what is not a PNG", () => {
    assert.throws(() => decodePng(Buffer.from("GIF89a not a png at all, really not")), /not a PNG/);
  });
});

describe("zip", () => {
  test("round trip keeps names and contents", () => {
    const entries = [{ name: "a.json", data: Buffer.from("{}") }, { name: "b.png", data: Buffer.alloc(1000, 7) }];
    assert.deepEqual(readZip(createZip(entries)), entries);
  });
  test("detects a damaged entry", () => {
    const zip = createZip([{ name: "a.txt", data: Buffer.from("hello hello hello") }]);
    zip[30 + "a.txt".length + 2] ^= 0x01;
    assert.throws(() => readZip(zip));
  });
});

describe("environment files and placeholders", () => {
  test("parses comments, quotes and empty values", () => {
    assert.deepEqual(parseEnvFile('# c\nA=1\nB=" (dev)"\nC=\n'), { A: "1", B: " (dev)", C: "" });
  });
  test("rejects a line that is no assignment", () => {
    assert.throws(() => parseEnvFile("just words"), /line 1/);
  });
  test("reports placeholders without a value and escapes values for JSON", () => {
    const { text, missing } = substitutePlaceholders('{"a":"${{A}}","b":"${{B}}"}', { A: 'say "hi"' });
    assert.equal(text, '{"a":"say \\"hi\\"","b":"${{B}}"}');
    assert.deepEqual(missing, ["B"]);
  });
});
