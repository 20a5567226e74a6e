// Each check can fail: the sample package with one thing broken is reported, by the right check.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { validateAppPackage } from "../checks.mjs";
import { colorIconPng } from "../icons.mjs";
import { decodePng, encodePng } from "../png.mjs";
import { samplePackage, withGerman, withManifest } from "./sample-package.mjs";

function assertReported(files, pattern) {
  const errors = validateAppPackage(files);
  assert.ok(errors.some((error) => pattern.test(error)), `expected an error matching ${pattern}, got:\n${errors.join("\n")}`);
}

function withFile(name, data) {
  const files = samplePackage();
  if (data === undefined) files.delete(name);
  else files.set(name, data);
  return files;
}

/** A size x size PNG whose every pixel is [r, g, b, a]. */
function solidPng(size, rgba, options) {
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set(rgba, i);
  return encodePng(size, size, pixels, options);
}

describe("manifest schema (bundled official Teams schema)", () => {
  test("a bot id that is not a GUID", () => {
    assertReported(withManifest((m) => (m.bots[0].botId = "my-bot")), /^schema: manifest\.json\/bots\/0\/botId/);
  });
  test("an unknown property", () => {
    assertReported(withManifest((m) => (m.tabs = [])), /^schema: .*additionalProperty.*tabs/);
  });
  test("a short name longer than 30 characters", () => {
    assertReported(withManifest((m) => (m.name.short = "x".repeat(31))), /^schema: manifest\.json\/name\/short/);
  });
  test("a manifest version without a bundled schema", () => {
    assertReported(withManifest((m) => (m.manifestVersion = "1.99")), /no bundled schema/);
  });
  test("a $schema URL of another version", () => {
    assertReported(withManifest((m) => (m.$schema = m.$schema.replace("v1.25", "v1.24"))), /^schema: \$schema should be/);
  });
});

describe("checks the schema does not make", () => {
  test("an http URL (the schema accepts it)", () => {
    assertReported(withManifest((m) => (m.developer.privacyUrl = "http://contoso.example/privacy")), /^urls: \/developer\/privacyUrl must use https/);
  });
  test("a valid domain with a scheme", () => {
    assertReported(withManifest((m) => (m.validDomains[0] = "https://contoso.example")), /^validDomains: .* scheme/);
  });
  test("a valid domain with a path", () => {
    assertReported(withManifest((m) => (m.validDomains[0] = "contoso.example/crm")), /^validDomains: .* path/);
  });
  test("a valid domain that is no host name", () => {
    assertReported(withManifest((m) => (m.validDomains[0] = "localhost:3978")), /^validDomains: .* not a host name/);
  });
  test("an SSO resource whose host is not a valid domain", () => {
    assertReported(withManifest((m) => (m.validDomains = ["token.botframework.com"])), /^sso: /);
  });
  test("a placeholder left unfilled", () => {
    assertReported(withGerman((g) => (g["name.short"] = "CRM${{APP_NAME_SUFFIX}}")), /^placeholders: de\.json still contains/);
  });
});

describe("icons", () => {
  test("a colour icon of the wrong size", () => {
    assertReported(withFile("color.png", solidPng(96, [15, 108, 189, 255])), /^icons: color\.png must be 192x192, is 96x96/);
  });
  test("the colour icon used as outline (wrong size, not white on transparent)", () => {
    const files = withFile("outline.png", colorIconPng());
    assertReported(files, /^icons: outline\.png must be 32x32/);
    assertReported(files, /^icons: outline\.png has \d+ visible pixels that are not white/);
  });
  test("an outline without alpha channel", () => {
    assertReported(withFile("outline.png", solidPng(32, [255, 255, 255, 255], { alpha: false })), /^icons: outline\.png has no alpha channel/);
  });
  test("an outline that is white everywhere (no transparent background)", () => {
    assertReported(withFile("outline.png", solidPng(32, [255, 255, 255, 255])), /^icons: outline\.png has no transparent background/);
  });
  test("an outline with a coloured pixel", () => {
    const outline = decodePng(samplePackage().get("outline.png"));
    const visible = outline.rgba.findIndex((value, i) => i % 4 === 3 && value === 255) - 3;
    outline.rgba.set([255, 0, 0], visible);
    assertReported(withFile("outline.png", encodePng(32, 32, outline.rgba)), /^icons: outline\.png has 1 visible pixels that are not white/);
  });
  test("a damaged PNG", () => {
    const damaged = Buffer.from(samplePackage().get("color.png"));
    damaged[40] ^= 0xff;
    assertReported(withFile("color.png", damaged), /^icons: color\.png cannot be read/);
  });
});

describe("German localization (de.json)", () => {
  test("a manifest string without German translation", () => {
    assertReported(withGerman((g) => delete g["bots[0].commandLists[0].commands[0].title"]), /^localization: de\.json lacks bots\[0\]\.commandLists\[0\]\.commands\[0\]\.title/);
  });
  test("a German key the manifest does not have", () => {
    assertReported(withGerman((g) => (g["bots[0].commandLists[1].commands[11].title"] = "extra")), /^localization: de\.json has bots\[0\]\.commandLists\[1\]\.commands\[11\]\.title, which the manifest does not have/);
  });
  test("a manifest command without German translation", () => {
    assertReported(withManifest((m) => m.bots[0].commandLists[1].commands.push({ title: "new", description: "New." })), /^localization: de\.json lacks bots\[0\]\.commandLists\[1\]\.commands\[6\]/);
  });
  test("a message extension command or parameter without German translation", () => {
    assertReported(withGerman((g) => delete g["composeExtensions[0].commands[0].description"]), /^localization: de\.json lacks composeExtensions\[0\]\.commands\[0\]\.description/);
    assertReported(withGerman((g) => delete g["composeExtensions[0].commands[0].parameters[0].title"]), /^localization: de\.json lacks composeExtensions\[0\]\.commands\[0\]\.parameters\[0\]\.title/);
  });
  test("a German short name too long for the localization schema", () => {
    assertReported(withGerman((g) => (g["name.short"] = "x".repeat(31))), /^schema: de\.json\/name\.short/);
  });
  test("an empty German string", () => {
    assertReported(withGerman((g) => (g["description.short"] = " ")), /^localization: de\.json description\.short is empty/);
  });
  test("no additional language declared", () => {
    assertReported(withManifest((m) => delete m.localizationInfo), /^localization: localizationInfo declares no additional language/);
  });
});

describe("package contents", () => {
  test("an extra file", () => {
    assertReported(withFile("README.md", Buffer.from("hello")), /^files: unexpected README\.md/);
  });
  test("a missing localization file", () => {
    assertReported(withFile("de.json", undefined), /^files: de\.json is missing/);
  });
  test("a missing icon", () => {
    assertReported(withFile("outline.png", undefined), /^files: outline\.png is missing/);
  });
  test("a file in a folder", () => {
    const files = samplePackage();
    files.set("icons/color.png", files.get("color.png"));
    assertReported(files, /^files: unexpected icons\/color\.png/);
  });
  test("no manifest", () => {
    assertReported(withFile("manifest.json", undefined), /^files: manifest\.json is missing/);
  });
});
