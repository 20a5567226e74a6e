#!/usr/bin/env node
// Validates Adaptive Card JSON files with the official Adaptive Cards JS library (npm adaptivecards 3.0.6).
//
//   node tools/cards/validate-cards.mjs <folder-or-file>...
//
// Each card is parsed with a SerializationContext of the version it declares (1.5 for ours; 1.3 for a link
// unfurling card, the highest version Teams documents there) and then validateProperties() runs; every parse
// and validation event is reported, so a 1.3 card using anything newer fails. The library's blind spots are
// checked here too: a missing version or one other than 1.5 and 1.3, a TextBlock without text, a card of 80 KB or more.
// Prints one JSON document: { cards, events, results: [{ file, bytes, events: [{ phase, event, message }] }] }.
// Exit code: 0 when every card is clean, 1 when any card has an event, 2 when the library or input is missing.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const MAX_BYTES = 80 * 1024;
const EXPECTED_VERSIONS = ["1.5", "1.3"];

let AC;
try {
  // require("adaptivecards") fails in Node (extension-less ESM imports in lib/): load the bundle.
  AC = require("adaptivecards/dist/adaptivecards.js");
} catch (error) {
  console.error(`Cannot load adaptivecards/dist/adaptivecards.js (run npm ci at the repository root): ${error.message}`);
  process.exit(2);
}

function files(paths) {
  const found = [];
  for (const path of paths) {
    const full = resolve(path);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) {
        if (name.endsWith(".json")) found.push(join(full, name));
      }
    } else {
      found.push(full);
    }
  }
  return found;
}

function versionFor(declared) {
  const key = typeof declared === "string" ? "v" + declared.replace(".", "_") : undefined;
  return key && AC.Versions[key] ? AC.Versions[key] : undefined;
}

function textBlocksWithoutText(node, path, out) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => textBlocksWithoutText(item, `${path}[${i}]`, out));
  } else if (node && typeof node === "object") {
    if (node.type === "TextBlock" && (typeof node.text !== "string" || node.text.trim() === "")) out.push(path);
    for (const [key, value] of Object.entries(node)) textBlocksWithoutText(value, `${path}.${key}`, out);
  }
}

function validate(file) {
  const raw = readFileSync(file);
  const events = [];
  let json;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch (error) {
    return { file, bytes: raw.length, events: [{ phase: "Json", event: "InvalidJson", message: error.message }] };
  }

  const version = versionFor(json.version);
  if (json.version === undefined) events.push({ phase: "Check", event: "MissingVersion", message: "The card declares no version." });
  else if (!EXPECTED_VERSIONS.includes(json.version)) events.push({ phase: "Check", event: "WrongVersion", message: `The card declares version ${json.version}, expected one of ${EXPECTED_VERSIONS.join(", ")}.` });

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(version ?? AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }

  const empty = [];
  textBlocksWithoutText(json, "$", empty);
  for (const path of empty) events.push({ phase: "Check", event: "EmptyTextBlock", message: `TextBlock without text at ${path}.` });
  if (raw.length >= MAX_BYTES) events.push({ phase: "Check", event: "TooLarge", message: `${raw.length} bytes, the limit is ${MAX_BYTES}.` });
  return { file, bytes: raw.length, events };
}

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error("usage: node tools/cards/validate-cards.mjs <folder-or-file>...");
  process.exit(2);
}

let list;
try {
  list = files(inputs);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const results = list.map(validate);
const total = results.reduce((sum, r) => sum + r.events.length, 0);
console.log(JSON.stringify({ cards: results.length, events: total, results }, null, 1));
process.exit(total === 0 ? 0 : 1);
