#!/usr/bin/env bash
# azd postprovision hook: azd passes the environment's values (the Bicep outputs BOT_ID,
# BOT_DOMAIN, AAD_APP_CLIENT_ID, …) as environment variables, which override the env file.
set -euo pipefail
cd "$(dirname "$0")/.."
env_name="${AZURE_ENV_NAME:?azd sets AZURE_ENV_NAME}"
if [ ! -f "appPackage/env/.env.$env_name" ]; then
  echo "No appPackage/env/.env.$env_name: copy appPackage/env/.env.dev to it (new TEAMS_APP_ID) and run" >&2
  echo "  eval \"\$(azd env get-values)\" && bash scripts/package-app.sh $env_name" >&2
  exit 1
fi
bash scripts/package-app.sh "$env_name"
