// The package built from appPackage/ with appPackage/env/.env.sample, and helpers that break one
// thing in it, so every check can be shown to pass on the real package and fail on a broken one.
import { join } from "node:path";
import { assembleAppPackage } from "../build-package.mjs";
import { ENV_DIR } from "../paths.mjs";

export const SAMPLE_ENV_FILE = join(ENV_DIR, ".env.sample");

/** A fresh Map of the sample package's files (no process environment overrides). */
export function samplePackage() {
  const { files, errors } = assembleAppPackage(SAMPLE_ENV_FILE, { environment: {} });
  if (errors.length) throw new Error(`the sample package is not valid:\n${errors.join("\n")}`);
  return files;
}

export const readJson = (files, name) => JSON.parse(files.get(name).toString("utf8"));

/** The sample package with one JSON file changed by mutate(json). */
export function withJson(name, mutate) {
  const files = samplePackage();
  const json = readJson(files, name);
  mutate(json);
  files.set(name, Buffer.from(JSON.stringify(json, null, 2), "utf8"));
  return files;
}

export const withManifest = (mutate) => withJson("manifest.json", mutate);
export const withGerman = (mutate) => withJson("de.json", mutate);
