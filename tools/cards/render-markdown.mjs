#!/usr/bin/env node
// Renders markdown with markdown-it (npm markdown-it 15.0.3, a CommonMark renderer) the way Teams-like hosts
// would read an Adaptive Card's markdown fields, so tests can check that typed text renders literally.
//
//   node tools/cards/render-markdown.mjs < lines.jsonl
//
// Input: one JSON object per line, { "id": "...", "text": "..." }.
// Output: one JSON object per input line, { id, renders: [{ host, html, text, elements, links }] }, one render per host:
//   commonmark / commonmark+html: the CommonMark preset (html off / on) with linkify enabled (bare URLs become links);
//   default / default+html: markdown-it's default preset (GFM tables and strikethrough) with linkify, html off / on.
// html is the rendered HTML; text its text content (tags stripped, entities decoded, final newline removed);
// elements the name of every element (or "!"/"?" for comments and declarations) in the HTML, in order;
// links every link as { href, text, typed } where typed means the href is what the link's own text says
// (the text itself, or "http://" / "mailto:" + the text, normalized as markdown-it normalizes hrefs).
// Exit code: 0 on success, 2 when the library is missing or a line is not valid JSON.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const require = createRequire(import.meta.url);
let MarkdownIt;
try {
  MarkdownIt = require("markdown-it");
} catch (error) {
  console.error(`Cannot load markdown-it (run npm ci at the repository root): ${error.message}`);
  process.exit(2);
}

const hosts = [
  ["commonmark", new MarkdownIt("commonmark", { html: false, linkify: true }).enable(["linkify"])],
  ["commonmark+html", new MarkdownIt("commonmark", { html: true, linkify: true }).enable(["linkify"])],
  ["default", new MarkdownIt("default", { html: false, linkify: true })],
  ["default+html", new MarkdownIt("default", { html: true, linkify: true })],
];

const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(html) {
  return html.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[name] ?? whole;
  });
}

function textOf(html) {
  return decode(html.replace(/<[^>]*>/g, "")).replace(/\n$/, "");
}

function elements(html) {
  return [...html.matchAll(/<([!?]|[A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1].toLowerCase());
}

function links(md, tokens, out = []) {
  let open = null;
  for (const token of tokens) {
    if (token.type === "link_open") {
      open = { href: token.attrGet("href") ?? "", text: "" };
    } else if (token.type === "link_close" && open) {
      const candidates = [open.text, "http://" + open.text, "mailto:" + open.text].map((t) => md.normalizeLink(t));
      out.push({ ...open, typed: candidates.includes(open.href) });
      open = null;
    } else if (open && (token.type === "text" || token.type === "code_inline")) {
      open.text += token.content;
    }
    if (token.children) links(md, token.children, out);
  }
  return out;
}

function render(text) {
  return hosts.map(([host, md]) => {
    const html = md.render(text);
    return { host, html, text: textOf(html), elements: elements(html), links: links(md, md.parse(text, {})) };
  });
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  let item;
  try {
    item = JSON.parse(line);
  } catch (error) {
    console.error(`Not a JSON line: ${error.message}`);
    process.exit(2);
  }
  process.stdout.write(JSON.stringify({ id: item.id, renders: render(String(item.text ?? "")) }) + "\n");
}
