// TeamsCrm on Azure: one resource group with the web app, its data, the bot and its telemetry.
// Deployed by `azd up` (see azure.yaml and docs/deploy.md). The Microsoft Entra app registration
// of the bot is made beforehand (Bicep cannot make it offline); its id comes in as a parameter.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('azd environment name, e.g. "dev"; part of every resource name.')
param environmentName string

@minLength(1)
@description('Azure region of the resources, e.g. "westeurope".')
param location string

@minLength(36)
@maxLength(36)
@description('Microsoft Entra application (client) id (a GUID) of the single-tenant app registration used by the bot and for SSO: `azd env set BOT_APP_ID <id>`.')
param botAppId string

@description('Microsoft Entra tenant id of that app registration. Defaults to the tenant of the deployment.')
param botTenantId string = tenant().tenantId

@secure()
@description('Client secret of the app registration. Empty: set it in the Key Vault yourself (docs/deploy.md).')
param botClientSecret string = ''

@description('The Teams app id (TEAMS_APP_ID of appPackage/env/.env.<env>): chat cards link "Open in Teams tab" to the personal tab. Empty: no such link.')
param teamsAppId string = ''

@description('Delegated Graph for the tab (on-behalf-of with the tab\'s SSO token; needs the delegated permissions User.Read and Calendars.ReadBasic with admin consent, docs/graph.md): `azd env set GRAPH_DELEGATED true`.')
param graphDelegated bool = false

@description('With graphDelegated: also read calendars as the app (others\' calendars, and the viewer\'s own without a delegated session). false: no application calendar permission needed.')
param graphAppOnlyCalendars bool = true

@secure()
@description('Key that signs the photo links on cards (at least 32 characters): `azd env set PHOTO_LINK_KEY <key>`. Empty: a new random key each deployment (older cards show no photo until refreshed).')
param photoLinkKey string = ''

@secure()
@description('The photo link key that photoLinkKey replaces (rotation): links it signed stay valid until they expire (at most 48 hours). `azd env set PHOTO_LINK_KEY_PREVIOUS <old key>`.')
param previousPhotoLinkKey string = ''

@secure()
@description('The random key used when photoLinkKey is empty (leave the default).')
param generatedPhotoLinkKey string = newGuid()

@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'TeamsCrm'

@description('Tables to create in the Storage account, besides the name index shards.')
param tableNames string[] = [
  'CrmData'
  'CrmIndex'
  'CrmOutbox'
  'CrmPartners'
  'CrmLinks'
]

@description('First characters of folded account names: the name index has one table per character (see docs/architecture.md).')
var nameShards = 'abcdefghijklmnopqrstuvwxyz0123456789'
var nameShardTables = map(range(0, length(nameShards)), i => 'CrmNames${substring(nameShards, i, 1)}')

@description('Queues to create in the Storage account (proactive notifications of the bot).')
param queueNames string[] = [
  'crm-notifications'
]

var tags = {
  'azd-env-name': environmentName
  application: 'TeamsCrm'
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
var botSecretName = 'bot-client-secret'
var photoLinkKeySecretName = 'photo-link-key'
var previousPhotoLinkKeySecretName = 'photo-link-key-previous'
var effectivePhotoLinkKey = empty(photoLinkKey) ? generatedPhotoLinkKey : photoLinkKey

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-teamscrm-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-teamscrm-${token}'
    applicationInsightsName: 'appi-teamscrm-${token}'
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    storageAccountName: 'sttcrm${token}'
    tableNames: concat(tableNames, nameShardTables)
    queueNames: queueNames
  }
}

module keyVault 'modules/keyVault.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    keyVaultName: 'kv-tcrm-${take(token, 12)}'
    botSecretName: botSecretName
    botClientSecret: botClientSecret
    photoLinkKeySecretName: photoLinkKeySecretName
    photoLinkKey: effectivePhotoLinkKey
    previousPhotoLinkKeySecretName: previousPhotoLinkKeySecretName
    previousPhotoLinkKey: empty(previousPhotoLinkKey) ? effectivePhotoLinkKey : previousPhotoLinkKey
  }
}

module web 'modules/web.bicep' = {
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    appServicePlanName: 'plan-teamscrm-${token}'
    webAppName: 'app-teamscrm-${token}'
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    storageTableEndpoint: storage.outputs.tableEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    keyVaultName: keyVault.outputs.keyVaultName
    botSecretName: botSecretName
    photoLinkKeySecretName: photoLinkKeySecretName
    previousPhotoLinkKeySecretName: previousPhotoLinkKeySecretName
    botAppId: botAppId
    botTenantId: botTenantId
    teamsAppId: teamsAppId
    graphDelegated: graphDelegated
    graphAppOnlyCalendars: graphAppOnlyCalendars
  }
}

module roleAssignments 'modules/roleAssignments.bicep' = {
  scope: resourceGroup
  params: {
    principalId: web.outputs.webAppPrincipalId
    storageAccountName: storage.outputs.storageAccountName
    keyVaultName: keyVault.outputs.keyVaultName
  }
}

module bot 'modules/bot.bicep' = {
  scope: resourceGroup
  params: {
    tags: tags
    botName: 'bot-teamscrm-${token}'
    botDisplayName: botDisplayName
    botAppId: botAppId
    botTenantId: botTenantId
    messagingHostName: web.outputs.webAppHostName
  }
}

// azd stores these in .azure/<env>/.env; the Teams app package takes BOT_ID, BOT_DOMAIN and
// AAD_APP_CLIENT_ID from there (appPackage/env/.env.<env>).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.keyVaultName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.storageAccountName
output WEB_APP_NAME string = web.outputs.webAppName
output BOT_NAME string = bot.outputs.botName
output BOT_ID string = botAppId
output BOT_DOMAIN string = web.outputs.webAppHostName
output BOT_ENDPOINT string = 'https://${web.outputs.webAppHostName}/api/messages'
output AAD_APP_CLIENT_ID string = botAppId
output AAD_APP_TENANT_ID string = botTenantId
