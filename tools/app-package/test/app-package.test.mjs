// The real package: built from appPackage/ with sample values, it passes every check.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { assembleAppPackage, buildAppPackage } from "../build-package.mjs";
import { validateAppPackage } from "../checks.mjs";
import { ENV_DIR } from "../paths.mjs";
import { readZip } from "../zip.mjs";
import { readJson, SAMPLE_ENV_FILE, samplePackage } from "./sample-package.mjs";

describe("app package built with sample values", () => {
  test("passes the bundled Teams schema and every extra check", () => {
    assert.deepEqual(validateAppPackage(samplePackage()), []);
  });

  test("declares a current 1.2x manifest version", () => {
    assert.match(readJson(samplePackage(), "manifest.json").manifestVersion, /^1\.2[0-9]$/);
  });

  test("zip holds exactly manifest.json, color.png, outline.png and de.json", () => {
    const outDir = mkdtempSync(join(tmpdir(), "teamscrm-app-package-"));
    try {
      const { errors, zipPath } = buildAppPackage("sample", { outDir, environment: {} });
      assert.deepEqual(errors, []);
      const entries = readZip(readFileSync(zipPath));
      assert.deepEqual(entries.map((entry) => entry.name).sort(), ["color.png", "de.json", "manifest.json", "outline.png"]);
      assert.deepEqual(validateAppPackage(new Map(entries.map(({ name, data }) => [name, data]))), []);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test("fills every placeholder from the environment file", () => {
    const manifest = readJson(samplePackage(), "manifest.json");
    assert.equal(manifest.bots[0].botId, "0d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60");
    assert.deepEqual(manifest.validDomains, ["app-teamscrm-sample.azurewebsites.net", "token.botframework.com"]);
    assert.equal(manifest.webApplicationInfo.resource, "api://app-teamscrm-sample.azurewebsites.net/botid-0d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60");
    assert.equal(manifest.name.short, "CRM (sample)");
  });

  test("values from the process environment override the file", () => {
    const { files, errors } = assembleAppPackage(SAMPLE_ENV_FILE, { environment: { BOT_DOMAIN: "crm.contoso.example" } });
    assert.deepEqual(errors, []);
    assert.deepEqual(readJson(files, "manifest.json").validDomains, ["crm.contoso.example", "token.botframework.com"]);
  });

  test("has the bot in personal, team and group chat scopes with a command list for each", () => {
    const [bot] = readJson(samplePackage(), "manifest.json").bots;
    assert.deepEqual([...bot.scopes].sort(), ["groupChat", "personal", "team"]);
    assert.deepEqual(bot.commandLists.flatMap((list) => list.scopes).sort(), ["groupChat", "personal", "team"]);
    const titles = bot.commandLists[0].commands.map((command) => command.title);
    for (const title of ["show", "my deals", "my handoffs", "my tasks", "hand off", "comment on", "log call with", "new lead", "help"]) {
      assert.ok(titles.includes(title), `personal command list lacks "${title}"`);
    }
  });

  test("has German command titles the bot understands", () => {
    const german = readJson(samplePackage(), "de.json");
    const titles = Object.entries(german).filter(([key]) => key.endsWith(".title")).map(([, value]) => value);
    for (const title of ["zeig", "meine Deals", "hilfe"]) assert.ok(titles.includes(title), `de.json lacks "${title}"`);
  });

  test("declares shared and private channels and SSO", () => {
    const manifest = readJson(samplePackage(), "manifest.json");
    assert.deepEqual(manifest.supportedChannelTypes, ["sharedChannels", "privateChannels"]);
    assert.equal(manifest.webApplicationInfo.id, "0d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60");
  });

  test("declares the channel and group chat tab (configured per account) and the personal tab My CRM, on the app's domain", () => {
    const manifest = readJson(samplePackage(), "manifest.json");
    const [configurable] = manifest.configurableTabs;
    assert.deepEqual([...configurable.scopes].sort(), ["groupChat", "team"]);
    assert.equal(configurable.canUpdateConfiguration, true);
    assert.match(configurable.configurationUrl, /^https:\/\/app-teamscrm-sample\.azurewebsites\.net\/tab\/configure\?/);
    const personal = manifest.staticTabs.find((tab) => tab.entityId === "my-crm");
    assert.deepEqual(personal.scopes, ["personal"]);
    assert.match(personal.contentUrl, /^https:\/\/app-teamscrm-sample\.azurewebsites\.net\/tab\/me\?theme=\{theme\}$/);
    assert.ok(manifest.staticTabs.some((tab) => tab.entityId === "conversations"), "the personal app keeps its chat with the bot");
    assert.equal(readJson(samplePackage(), "de.json")[`staticTabs[${manifest.staticTabs.indexOf(personal)}].name`], "Mein CRM");
  });

  test("declares the bot-based message extension: the search command, the message action \"Save to CRM\" and link unfurling on the app's domain only, in German too", () => {
    const manifest = readJson(samplePackage(), "manifest.json");
    const german = readJson(samplePackage(), "de.json");
    assert.equal(manifest.connectors, undefined, "connectors are declared");
    assert.equal(manifest.composeExtensions.length, 1);
    const [extension] = manifest.composeExtensions;
    assert.equal(extension.composeExtensionType, "botBased");
    assert.equal(extension.botId, manifest.bots[0].botId);
    const [search, save] = extension.commands;
    assert.deepEqual([save.id, save.type, save.fetchTask, save.context], ["saveToCrm", "action", true, ["message"]]);
    assert.equal(german["composeExtensions[0].commands[1].title"], "Im CRM speichern");
    assert.deepEqual([search.id, search.type, search.initialRun], ["searchRecords", "query", true]);
    assert.deepEqual([...search.context].sort(), ["commandBox", "compose"]);
    assert.deepEqual(search.parameters.map((p) => p.name), ["query"]);
    const [links] = extension.messageHandlers;
    assert.equal(links.type, "link");
    assert.deepEqual(links.value.domains, ["app-teamscrm-sample.azurewebsites.net"]);
    assert.equal(links.value.supportsAnonymizedPayloads, true);
    assert.equal(german["composeExtensions[0].commands[0].title"], "Im CRM suchen");
    assert.equal(german["composeExtensions[0].commands[0].parameters[0].title"], "Name");
  });

  test("an environment file without the ids is refused with the names it lacks", () => {
    const { errors } = assembleAppPackage(join(ENV_DIR, ".env.dev"), { environment: {} });
    assert.ok(errors.some((error) => error.includes("needs BOT_ID")), errors.join("\n"));
    assert.ok(errors.some((error) => error.includes("needs BOT_DOMAIN")), errors.join("\n"));
  });
});
