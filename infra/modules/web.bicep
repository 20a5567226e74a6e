// The App Service plan and the Linux web app that hosts TeamsCrm.Web (.NET 10). The app runs under
// its system-assigned managed identity: no storage keys, no connection strings with secrets.

@description('Azure region of the resources.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Name of the App Service plan.')
param appServicePlanName string

@description('Name of the web app; its host name is <name>.azurewebsites.net.')
param webAppName string

@description('App Service plan SKU (B1 is the smallest with Always On).')
param skuName string = 'B1'

@description('Name of the Application Insights component that receives the telemetry.')
param applicationInsightsName string

@description('Table endpoint of the Storage account, e.g. https://<account>.table.core.windows.net/.')
param storageTableEndpoint string

@description('Queue endpoint of the Storage account.')
param storageQueueEndpoint string

@description('Name of the Key Vault that holds the bot secret.')
param keyVaultName string

@description('Name of the bot secret in the Key Vault.')
param botSecretName string

@description('Name of the secret in the Key Vault that signs the photo links on cards.')
param photoLinkKeySecretName string

@description('Name of the Key Vault secret with the replaced photo link key (App:PreviousPhotoLinkKey).')
param previousPhotoLinkKeySecretName string

@description('Microsoft Entra application (client) id of the bot.')
param botAppId string

@description('Microsoft Entra tenant id the single-tenant bot belongs to.')
param botTenantId string

@description('The Teams app id (the manifest id); empty: chat cards offer no "Open in Teams tab" link.')
param teamsAppId string = ''

@description('Delegated Graph for the tab (on-behalf-of with the tab\'s SSO token, docs/graph.md).')
param graphDelegated bool = false

@description('With graphDelegated: whether calendars are also read as the app.')
param graphAppOnlyCalendars bool = true

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appServicePlan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: appServicePlanName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-11-01' = {
  name: webAppName
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/health'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'Storage__TableEndpoint'
          value: storageTableEndpoint
        }
        {
          name: 'Storage__QueueEndpoint'
          value: storageQueueEndpoint
        }
        {
          name: 'Bot__AppId'
          value: botAppId
        }
        {
          name: 'Bot__TenantId'
          value: botTenantId
        }
        {
          name: 'Bot__ClientSecret'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botSecretName})'
        }
        {
          name: 'Graph__TenantId'
          value: botTenantId
        }
        {
          name: 'Graph__ClientId'
          value: botAppId
        }
        {
          name: 'Graph__ClientSecret'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botSecretName})'
        }
        {
          // On-behalf-of for the tab: the same app registration and secret (a confidential client) exchange the SSO token.
          name: 'Graph__Delegated__Enabled'
          value: string(graphDelegated)
        }
        {
          name: 'Graph__Delegated__AppOnlyCalendars'
          value: string(graphAppOnlyCalendars)
        }
        {
          // The web app's https host name (its defaultHostName; not referenced here, which would be circular).
          name: 'App__PublicBaseUrl'
          value: 'https://${webAppName}.azurewebsites.net'
        }
        {
          // The tab's single sign-on application: the bot's app registration, exposed as api://{host}/botid-{bot id}
          // (the manifest's webApplicationInfo.resource for an app with a bot and a tab).
          name: 'Entra__ClientId'
          value: botAppId
        }
        {
          name: 'Entra__ApplicationIdUri'
          value: 'api://${webAppName}.azurewebsites.net/botid-${botAppId}'
        }
        {
          name: 'App__TeamsAppId'
          value: teamsAppId
        }
        {
          name: 'App__PhotoLinkKey'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${photoLinkKeySecretName})'
        }
        {
          // Links signed with the key before a rotation stay valid until they expire (the current key when none was rotated).
          name: 'App__PreviousPhotoLinkKey'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${previousPhotoLinkKeySecretName})'
        }
        {
          name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES'
          value: '5'
        }
      ]
    }
  }
}

// Deployments go through Entra ID (azd uses it); basic publishing credentials stay off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output webAppName string = webApp.name
output webAppHostName string = webApp.properties.defaultHostName
output webAppPrincipalId string = webApp.identity.principalId
