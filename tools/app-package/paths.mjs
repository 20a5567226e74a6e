// Where the package's sources, environment files, schemas and build output live.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const APP_PACKAGE_DIR = join(REPO_ROOT, "appPackage");
export const ENV_DIR = join(APP_PACKAGE_DIR, "env");
export const BUILD_DIR = join(APP_PACKAGE_DIR, "build");
export const TEAMS_SCHEMAS_DIR = join(REPO_ROOT, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
