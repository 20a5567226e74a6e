// The official Teams JSON schemas bundled in npm @microsoft/app-manifest (draft-04), compiled the
// way the package's own validateManifestAgainstSchema does it: ajv-draft-04 + ajv-formats.
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TEAMS_SCHEMAS_DIR } from "./paths.mjs";

const compiled = new Map();

export const manifestSchemaUrl = (version) =>
  `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
export const localizationSchemaUrl = (version) =>
  `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`;

/** Returns a validate function for a bundled schema file, or null if the package lacks it. */
function validatorFor(version, fileName) {
  const path = join(TEAMS_SCHEMAS_DIR, `v${version}`, fileName);
  if (!compiled.has(path)) {
    if (!/^[0-9.]+$|^DevPreview$/.test(String(version)) || !existsSync(path)) return null;
    // unicodeRegExp: false only for the localization schema: some of its patterns (e.g. "\\b]")
    // are valid JavaScript regular expressions but not with the "u" flag that Ajv uses by default.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: !fileName.includes("Localization") });
    addFormats(ajv, ["uri", "email", "regex"]);
    compiled.set(path, ajv.compile(JSON.parse(readFileSync(path, "utf8"))));
  }
  return compiled.get(path);
}

function validate(validator, document, label) {
  if (validator(document)) return [];
  return validator.errors.map(
    (error) => `schema: ${label}${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`,
  );
}

/** Errors of the manifest against the schema of the version it declares. */
export function validateManifestSchema(manifest) {
  const validator = validatorFor(manifest.manifestVersion, "MicrosoftTeams.schema.json");
  if (!validator) return [`schema: no bundled schema for manifestVersion ${JSON.stringify(manifest.manifestVersion)}`];
  return validate(validator, manifest, "manifest.json");
}

/** Errors of a localization file against the localization schema of the manifest's version. */
export function validateLocalizationSchema(localization, manifestVersion, fileName) {
  const validator = validatorFor(manifestVersion, "MicrosoftTeams.Localization.schema.json");
  if (!validator) return [`schema: no bundled localization schema for manifestVersion ${manifestVersion}`];
  return validate(validator, localization, fileName);
}
