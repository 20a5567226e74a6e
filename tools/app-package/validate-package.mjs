// Validates a built Teams app package (zip) offline:
//   node tools/app-package/validate-package.mjs appPackage/build/appPackage.dev.zip
import { readFileSync } from "node:fs";
import { validateAppPackage } from "./checks.mjs";
import { readZip } from "./zip.mjs";

const [zipPath] = process.argv.slice(2);
if (!zipPath) {
  console.error("usage: node tools/app-package/validate-package.mjs <package.zip>");
  process.exit(2);
}
let errors;
try {
  errors = validateAppPackage(new Map(readZip(readFileSync(zipPath)).map(({ name, data }) => [name, data])));
} catch (error) {
  errors = [`zip: ${error.message}`];
}
if (errors.length) {
  console.error(`${zipPath} is not valid:\n  ${errors.join("\n  ")}`);
  process.exit(1);
}
console.log(`${zipPath} is valid.`);
