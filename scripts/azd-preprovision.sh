#!/usr/bin/env bash
# azd preprovision hook: the photo link key (App:PhotoLinkKey) is made once per azd environment and kept there
# (PHOTO_LINK_KEY), so each `azd up` deploys the same key and the photo links on cards already in chats stay valid.
# To rotate it: azd env set PHOTO_LINK_KEY_PREVIOUS "$(azd env get-value PHOTO_LINK_KEY)"; azd env set PHOTO_LINK_KEY <new key>
# (links signed with the previous key stay valid until they expire, at most 48 hours).
set -euo pipefail
if [ -z "${PHOTO_LINK_KEY:-}" ]; then
  azd env set PHOTO_LINK_KEY "$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=' )"
  echo "Made a photo link key for this environment (PHOTO_LINK_KEY)."
fi
