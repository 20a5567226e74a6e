// Key Vault (RBAC authorization, no access policies) that holds the bot's client secret and the key
// that signs photo links. The web app reads both through Key Vault references in its app settings.

@description('Azure region of the resources.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Globally unique name of the Key Vault (3-24 characters).')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Name of the secret that holds the bot client secret.')
param botSecretName string

@secure()
@description('The bot client secret. Empty: the secret is not written here (set it with the Azure CLI, see docs/deploy.md).')
param botClientSecret string = ''

@description('Name of the secret that signs the photo links on cards.')
param photoLinkKeySecretName string

@secure()
@description('The key that signs the photo links on cards (App:PhotoLinkKey).')
param photoLinkKey string

@description('Name of the secret that holds the photo link key it replaced (App:PreviousPhotoLinkKey).')
param previousPhotoLinkKeySecretName string

@secure()
@description('The photo link key that was replaced: links it signed stay valid until they expire (at most 48 hours). No rotation: the current key.')
param previousPhotoLinkKey string

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(botClientSecret)) {
  parent: keyVault
  name: botSecretName
  properties: {
    value: botClientSecret
    contentType: 'Microsoft Entra client secret of the TeamsCrm bot'
  }
}

resource photoLinkKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: keyVault
  name: photoLinkKeySecretName
  properties: {
    value: photoLinkKey
    contentType: 'Key that signs the photo links on TeamsCrm cards'
  }
}

resource previousPhotoLinkKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: keyVault
  name: previousPhotoLinkKeySecretName
  properties: {
    value: previousPhotoLinkKey
    contentType: 'The replaced key whose TeamsCrm photo links stay valid until they expire'
  }
}

output keyVaultName string = keyVault.name
output keyVaultUri string = keyVault.properties.vaultUri
