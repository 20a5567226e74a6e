// Validates a Teams app package (its files by name) with the official schemas plus the checks the
// schema does not make but the Teams Developer Portal and Teams clients do. Returns error strings,
// each starting with the check's name ("schema:", "validDomains:", "icons:", …); none = valid.
import { decodePng } from "./png.mjs";
import { placeholderNames } from "./placeholders.mjs";
import { localizationSchemaUrl, manifestSchemaUrl, validateLocalizationSchema, validateManifestSchema } from "./schemas.mjs";

export const ICON_FILES = { color: "color.png", outline: "outline.png" };
const ICON_SIZES = { color: 192, outline: 32 };

/** files: Map of file name -> Buffer (the package's entries). */
export function validateAppPackage(files) {
  const manifestBuffer = files.get("manifest.json");
  if (!manifestBuffer) return ["files: manifest.json is missing"];
  const parsed = parseJson(manifestBuffer, "manifest.json");
  if (parsed.error) return [parsed.error];
  const manifest = parsed.value;
  return [
    ...checkPlaceholders(files),
    ...validateManifestSchema(manifest),
    ...checkSchemaUrl(manifest),
    ...checkUrls(manifest),
    ...checkValidDomains(manifest),
    ...checkSsoResource(manifest),
    ...checkIcons(manifest, files),
    ...checkLocalization(manifest, files),
    ...checkFileSet(manifest, files),
  ];
}

function parseJson(buffer, name) {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { error: `json: ${name} starts with a byte order mark` };
  try {
    return { value: JSON.parse(buffer.toString("utf8")) };
  } catch (error) {
    return { error: `json: ${name} is not valid JSON (${error.message})` };
  }
}

function checkPlaceholders(files) {
  return [...files]
    .filter(([name]) => name.endsWith(".json"))
    .flatMap(([name, data]) => placeholderNames(data.toString("utf8")).map((p) => `placeholders: ${name} still contains \${{${p}}}`));
}

function checkSchemaUrl(manifest) {
  const expected = manifestSchemaUrl(manifest.manifestVersion);
  return manifest.$schema === expected ? [] : [`schema: $schema should be ${expected} for manifestVersion ${manifest.manifestVersion}`];
}

/** Every URL in the manifest is https (the schema's httpsUrl also accepts http). */
function checkUrls(manifest) {
  const errors = [];
  walkStrings(manifest, "", (path, value) => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
    if (!scheme) return;
    const allowed = path === "/webApplicationInfo/resource" ? ["api", "https"] : ["https"];
    if (!allowed.includes(scheme)) errors.push(`urls: ${path} must use https, not ${scheme}: ${value}`);
    else if (!URL.canParse(value)) errors.push(`urls: ${path} is not a valid URL: ${value}`);
  });
  return errors;
}

function walkStrings(node, path, visit) {
  if (typeof node === "string") visit(path, node);
  else if (Array.isArray(node)) node.forEach((item, i) => walkStrings(item, `${path}/${i}`, visit));
  else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) walkStrings(value, `${path}/${key}`, visit);
}

/** Host names only (an optional leading "*." wildcard): no scheme, path, port, query or spaces. */
const DOMAIN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function checkValidDomains(manifest) {
  return (manifest.validDomains ?? []).flatMap((domain) => {
    if (domain.includes("://")) return [`validDomains: ${domain} must not contain a scheme`];
    if (/[/?#]/.test(domain)) return [`validDomains: ${domain} must not contain a path`];
    if (!DOMAIN.test(domain)) return [`validDomains: ${domain} is not a host name`];
    return [];
  });
}

/** SSO: the Application ID URI's host must be one of the valid domains. */
function checkSsoResource(manifest) {
  const resource = manifest.webApplicationInfo?.resource;
  if (!resource) return [];
  const host = /^api:\/\/([^/]+)\//.exec(resource)?.[1];
  if (host && !(manifest.validDomains ?? []).includes(host)) return [`sso: host ${host} of webApplicationInfo.resource is not in validDomains`];
  return [];
}

function checkIcons(manifest, files) {
  const errors = [];
  for (const [kind, expectedName] of Object.entries(ICON_FILES)) {
    const name = manifest.icons?.[kind];
    if (name !== expectedName) errors.push(`icons: icons.${kind} should be ${expectedName}, is ${name}`);
    const data = files.get(name ?? expectedName);
    if (!data) {
      errors.push(`icons: ${name ?? expectedName} is missing from the package`);
      continue;
    }
    let png;
    try {
      png = decodePng(data);
    } catch (error) {
      errors.push(`icons: ${name} cannot be read: ${error.message}`);
      continue;
    }
    const size = ICON_SIZES[kind];
    if (png.width !== size || png.height !== size) errors.push(`icons: ${name} must be ${size}x${size}, is ${png.width}x${png.height}`);
    if (kind === "outline") errors.push(...checkOutlinePixels(name, png));
    if (kind === "color" && !hasOpaquePixels(png)) errors.push(`icons: ${name} is fully transparent`);
  }
  return errors;
}

/** The outline icon is white on transparent: every visible pixel is white, the rest transparent. */
function checkOutlinePixels(name, png) {
  if (!png.hasAlpha) return [`icons: ${name} has no alpha channel (must be white on transparent)`];
  let transparent = 0, visible = 0, coloured = 0;
  for (let i = 0; i < png.rgba.length; i += 4) {
    const [r, g, b, a] = png.rgba.subarray(i, i + 4);
    if (a === 0) transparent++;
    else {
      visible++;
      if (r < 250 || g < 250 || b < 250) coloured++;
    }
  }
  const errors = [];
  if (coloured > 0) errors.push(`icons: ${name} has ${coloured} visible pixels that are not white`);
  if (transparent === 0) errors.push(`icons: ${name} has no transparent background`);
  if (visible === 0) errors.push(`icons: ${name} is empty (no visible pixels)`);
  return errors;
}

function hasOpaquePixels(png) {
  for (let i = 3; i < png.rgba.length; i += 4) if (png.rgba[i] > 0) return true;
  return false;
}

/** The manifest strings we localize: names, descriptions, every bot command, every message extension command (title,
 * description, parameters) and every named personal tab. */
export function localizableKeys(manifest) {
  const keys = new Map();
  const add = (key, value) => typeof value === "string" && keys.set(key, value);
  add("name.short", manifest.name?.short);
  add("name.full", manifest.name?.full);
  add("description.short", manifest.description?.short);
  add("description.full", manifest.description?.full);
  (manifest.staticTabs ?? []).forEach((tab, t) => add(`staticTabs[${t}].name`, tab.name));
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      (list.commands ?? []).forEach((command, c) => {
        add(`bots[${b}].commandLists[${l}].commands[${c}].title`, command.title);
        add(`bots[${b}].commandLists[${l}].commands[${c}].description`, command.description);
      }),
    ),
  );
  (manifest.composeExtensions ?? []).forEach((extension, e) =>
    (extension.commands ?? []).forEach((command, c) => {
      add(`composeExtensions[${e}].commands[${c}].title`, command.title);
      add(`composeExtensions[${e}].commands[${c}].description`, command.description);
      (command.parameters ?? []).forEach((parameter, p) => {
        add(`composeExtensions[${e}].commands[${c}].parameters[${p}].title`, parameter.title);
        add(`composeExtensions[${e}].commands[${c}].parameters[${p}].description`, parameter.description);
      });
    }),
  );
  return keys;
}

function localizationFiles(manifest) {
  const info = manifest.localizationInfo ?? {};
  return [
    ...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info.additionalLanguages ?? []).map((language) => language.file),
  ];
}

function checkLocalization(manifest, files) {
  const info = manifest.localizationInfo;
  if (!info?.additionalLanguages?.length) return ["localization: localizationInfo declares no additional language"];
  const errors = [];
  const expected = localizableKeys(manifest);
  for (const fileName of localizationFiles(manifest)) {
    const data = files.get(fileName);
    if (!data) {
      errors.push(`localization: ${fileName} is missing from the package`);
      continue;
    }
    const parsed = parseJson(data, fileName);
    if (parsed.error) {
      errors.push(parsed.error);
      continue;
    }
    const localization = parsed.value;
    errors.push(...validateLocalizationSchema(localization, manifest.manifestVersion, fileName));
    if (localization.$schema !== localizationSchemaUrl(manifest.manifestVersion)) {
      errors.push(`localization: ${fileName} $schema should be ${localizationSchemaUrl(manifest.manifestVersion)}`);
    }
    const keys = Object.keys(localization).filter((key) => key !== "$schema");
    for (const key of keys) {
      if (!expected.has(key)) errors.push(`localization: ${fileName} has ${key}, which the manifest does not have`);
    }
    for (const key of expected.keys()) {
      if (!keys.includes(key)) errors.push(`localization: ${fileName} lacks ${key}`);
      else if (typeof localization[key] !== "string" || localization[key].trim() === "") errors.push(`localization: ${fileName} ${key} is empty`);
    }
  }
  const tags = info.additionalLanguages.map((language) => language.languageTag.toLowerCase());
  if (tags.includes(info.defaultLanguageTag?.toLowerCase())) errors.push("localization: an additional language repeats the default language");
  return errors;
}

/** The package holds exactly manifest.json, the two icons and the localization files, at its root. */
export function expectedFileNames(manifest) {
  return ["manifest.json", ICON_FILES.color, ICON_FILES.outline, ...localizationFiles(manifest)];
}

function checkFileSet(manifest, files) {
  const expected = new Set(expectedFileNames(manifest));
  const actual = [...files.keys()];
  return [
    ...actual.filter((name) => !expected.has(name)).map((name) => `files: unexpected ${name} in the package`),
    ...[...expected].filter((name) => !files.has(name)).map((name) => `files: ${name} is missing`),
  ];
}
