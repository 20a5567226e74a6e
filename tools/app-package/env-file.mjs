// Reads a dotenv-style environment file (KEY=VALUE lines, # comments, optional quotes).
import { readFileSync } from "node:fs";

export function parseEnvFile(text) {
  const values = {};
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`line ${index + 1}: expected KEY=VALUE`);
    values[match[1]] = match[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return values;
}

export function readEnvFile(path) {
  return parseEnvFile(readFileSync(path, "utf8"));
}
