// Writes appPackage/color.png and appPackage/outline.png. Run after changing icons.mjs:
//   node tools/app-package/generate-icons.mjs
import { writeFileSync } from "node:fs";
import { colorIconPng, outlineIconPng } from "./icons.mjs";
import { APP_PACKAGE_DIR } from "./paths.mjs";
import { join } from "node:path";

writeFileSync(join(APP_PACKAGE_DIR, "color.png"), colorIconPng());
writeFileSync(join(APP_PACKAGE_DIR, "outline.png"), outlineIconPng());
console.log("Wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32).");
