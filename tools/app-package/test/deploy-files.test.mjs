// azure.yaml and m365agents.yml point at what exists (no YAML library: the keys we need are flat).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { REPO_ROOT } from "../paths.mjs";

const read = (name) => readFileSync(join(REPO_ROOT, name), "utf8");
const values = (text, key) => [...text.matchAll(new RegExp(`^\\s*${key}:\\s*(\\S+)\\s*$`, "gm"))].map((match) => match[1]);

describe("azure.yaml", () => {
  const azure = read("azure.yaml");
  test("deploys the web project to App Service as service 'web'", () => {
    assert.match(azure, /^services:\n  web:\n    project: \.\/src\/TeamsCrm\.Web\n    language: dotnet\n    host: appservice$/m);
    assert.ok(existsSync(join(REPO_ROOT, "src/TeamsCrm.Web/TeamsCrm.Web.csproj")));
  });
  test("provisions infra/main.bicep with its parameters file", () => {
    assert.deepEqual([values(azure, "path")[0], values(azure, "module")[0]], ["infra", "main"]);
    assert.ok(existsSync(join(REPO_ROOT, "infra/main.bicep")) && existsSync(join(REPO_ROOT, "infra/main.bicepparam")));
  });
});

describe("m365agents.yml", () => {
  const agents = read("m365agents.yml");
  test("uses the package's environment folder and manifest", () => {
    assert.deepEqual(values(agents, "environmentFolderPath"), ["./appPackage/env"]);
    for (const path of values(agents, "manifestPath")) assert.equal(path, "./appPackage/manifest.json");
  });
  test("provisions and publishes the zip it builds", () => {
    const zips = new Set([...values(agents, "outputZipPath"), ...values(agents, "appPackagePath")]);
    assert.deepEqual([...zips], ["./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip"]);
    assert.match(agents, /^provision:$/m);
    assert.match(agents, /^publish:$/m);
    assert.match(agents, /uses: teamsApp\/publishAppPackage/);
  });
  test("every environment it can use has an env file with a Teams app id", () => {
    for (const name of [".env.local", ".env.dev"]) {
      assert.match(read(join("appPackage/env", name)), /^TEAMS_APP_ID=[0-9a-f-]{36}$/m);
    }
  });
});
