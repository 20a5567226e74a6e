// The Azure Bot resource (single-tenant Entra app) and its Microsoft Teams channel. Teams sends
// the bot's activities to https://<web app>/api/messages.

@description('Tags put on every resource.')
param tags object

@description('Name (handle) of the Azure Bot resource.')
param botName string

@description('Display name of the bot in the Azure portal.')
param botDisplayName string

@description('Microsoft Entra application (client) id of the bot.')
param botAppId string

@description('Microsoft Entra tenant id of the single-tenant app registration.')
param botTenantId string

@description('Host name of the web app that serves /api/messages.')
param messagingHostName string

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${messagingHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output botName string = bot.name
