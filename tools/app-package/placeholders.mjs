// ${{NAME}} placeholders (the Microsoft 365 Agents Toolkit's syntax) in the package's JSON files.
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Names of the placeholders in a text, in order of first appearance. */
export function placeholderNames(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * Replaces every placeholder with its value. Values are inserted JSON-escaped (the files are JSON).
 * Returns { text, missing } where missing lists placeholders without a non-empty value.
 */
export function substitutePlaceholders(text, values) {
  const missing = placeholderNames(text).filter((name) => !values[name]);
  const result = text.replace(PLACEHOLDER, (whole, name) =>
    values[name] ? JSON.stringify(String(values[name])).slice(1, -1) : whole,
  );
  return { text: result, missing };
}
