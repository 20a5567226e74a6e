// Builds the Teams app package for one environment:
//   node tools/app-package/build-package.mjs <env> [--out <dir>]
// reads appPackage/env/.env.<env> (values set in the process environment win), fills the
// ${{...}} placeholders of manifest.json and the localization files, validates the result and
// writes <out>/appPackage.<env>.zip and <out>/manifest.<env>.json (default out: appPackage/build).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { expectedFileNames, validateAppPackage } from "./checks.mjs";
import { readEnvFile } from "./env-file.mjs";
import { APP_PACKAGE_DIR, BUILD_DIR, ENV_DIR, REPO_ROOT } from "./paths.mjs";
import { substitutePlaceholders } from "./placeholders.mjs";
import { createZip } from "./zip.mjs";

/**
 * Returns { files: Map<name, Buffer>, errors: string[] } for the package of an environment.
 * sourceDir: folder with manifest.json, icons and localization files; environment: overrides.
 */
export function assembleAppPackage(envFile, { sourceDir = APP_PACKAGE_DIR, environment = process.env } = {}) {
  const fileValues = readEnvFile(envFile);
  const values = { ...fileValues };
  for (const name of Object.keys(fileValues)) {
    if (environment[name]) values[name] = environment[name];
  }
  const errors = [];
  const fill = (name) => {
    const { text, missing } = substitutePlaceholders(readFileSync(join(sourceDir, name), "utf8"), values);
    for (const placeholder of missing) {
      if (!placeholder.endsWith("_SUFFIX") || values[placeholder] === undefined) {
        errors.push(`placeholders: ${name} needs ${placeholder}, which ${relative(REPO_ROOT, envFile)} does not set`);
      }
    }
    return Buffer.from(substitutePlaceholders(text, { ...values, ...suffixDefaults(missing, values) }).text, "utf8");
  };

  const manifestText = fill("manifest.json");
  const files = new Map([["manifest.json", manifestText]]);
  let manifest;
  try {
    manifest = JSON.parse(manifestText.toString("utf8"));
  } catch (error) {
    return { files, errors: [...errors, `json: manifest.json is not valid JSON (${error.message})`] };
  }
  for (const name of expectedFileNames(manifest).slice(1)) {
    try {
      files.set(name, name.endsWith(".json") ? fill(name) : readFileSync(join(sourceDir, name)));
    } catch {
      errors.push(`files: ${name} is referenced by the manifest but missing in ${relative(REPO_ROOT, sourceDir)}`);
    }
  }
  return { files, errors: errors.length ? errors : validateAppPackage(files) };
}

/** *_SUFFIX placeholders may be empty on purpose (e.g. no name suffix in production). */
function suffixDefaults(missing, values) {
  return Object.fromEntries(missing.filter((name) => name.endsWith("_SUFFIX") && values[name] === "").map((name) => [name, " "]));
}

export function buildAppPackage(envName, { outDir = BUILD_DIR, ...options } = {}) {
  const { files, errors } = assembleAppPackage(join(ENV_DIR, `.env.${envName}`), options);
  if (errors.length) return { errors };
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, createZip([...files].map(([name, data]) => ({ name, data }))));
  writeFileSync(join(outDir, `manifest.${envName}.json`), files.get("manifest.json"));
  return { errors, zipPath };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [envName, flag, out] = process.argv.slice(2);
  if (!envName || (flag && flag !== "--out")) {
    console.error("usage: node tools/app-package/build-package.mjs <env> [--out <dir>]");
    process.exit(2);
  }
  const { errors, zipPath } = buildAppPackage(envName, out ? { outDir: out } : {});
  if (errors.length) {
    console.error(`The app package for "${envName}" is not valid:\n  ${errors.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`Wrote ${relative(process.cwd(), zipPath)} (valid against the bundled Teams schema).`);
}
