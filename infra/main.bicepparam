// Parameters for `azd up`: azd sets AZURE_ENV_NAME and AZURE_LOCATION; BOT_APP_ID (and, if you
// want Bicep to write it into the Key Vault, BOT_CLIENT_SECRET; PHOTO_LINK_KEY — the preprovision hook makes one once —
// and, after a rotation, PHOTO_LINK_KEY_PREVIOUS; TEAMS_APP_ID for the
// cards' "Open in Teams tab" link; GRAPH_DELEGATED and GRAPH_APP_ONLY_CALENDARS for delegated Graph in the tab) come from `azd env set`.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param botAppId = readEnvironmentVariable('BOT_APP_ID')
param botClientSecret = readEnvironmentVariable('BOT_CLIENT_SECRET', '')
param photoLinkKey = readEnvironmentVariable('PHOTO_LINK_KEY', '')
param previousPhotoLinkKey = readEnvironmentVariable('PHOTO_LINK_KEY_PREVIOUS', '')
param teamsAppId = readEnvironmentVariable('TEAMS_APP_ID', '')
param graphDelegated = bool(readEnvironmentVariable('GRAPH_DELEGATED', 'false'))
param graphAppOnlyCalendars = bool(readEnvironmentVariable('GRAPH_APP_ONLY_CALENDARS', 'true'))
