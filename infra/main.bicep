// The bot's Azure resources: an Azure Bot (single-tenant) with its Teams channel, a Linux App Service
// running Node 24 LTS, and an Azure Database for PostgreSQL flexible server. See docs/deployment.md.
//
//   az deployment group create -g <resource group> -f infra/main.bicep \
//     -p appName=<name> botAppId=<Entra app id> botPassword=<client secret> postgresAdminPassword=<password>
//
// The Entra app registration (single-tenant, with a client secret) is created first, by hand or by the
// Agents Toolkit (m365agents.yml): Bicep cannot create it without the preview Graph extension.

targetScope = 'resourceGroup'

@description('Short name for the resources, e.g. board-assistant-medway. Lower case letters, digits and hyphens.')
@minLength(3)
@maxLength(40)
param appName string

@description('Region for the App Service and the database. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('Application (client) id of the single-tenant Entra app registration: the bot id (BOT_ID).')
param botAppId string

@description('A client secret of that app registration (BOT_PASSWORD).')
@secure()
param botPassword string

@description('The Entra tenant of the app registration (BOT_TENANT_ID). Defaults to this subscription\'s tenant.')
param botTenantId string = tenant().tenantId

@description('Name shown for the bot in Teams.')
param botDisplayName string = 'Board assistant'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('App Service plan size. B1 is enough for one council; P0v3 or above for several instances.')
param appServiceSku string = 'B1'

@description('Number of bot instances. More than one needs the PostgreSQL store (DATABASE_URL), which this template sets.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Optional container image (e.g. myregistry.azurecr.io/council-board-bot:1.0.0) built from the Dockerfile. Empty: run the code on the Node 24 LTS runtime.')
param containerImage string = ''

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'boardbot'

@description('PostgreSQL administrator password.')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute size: Standard_B1ms (Burstable) suits one council.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL tier matching postgresSkuName.')
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

@description('Path of the people CSV on the App Service file system (PEOPLE_FILE), e.g. /home/site/people.csv. Empty: nobody has a role yet.')
param peopleFile string = ''

@description('Import the bundled sample agenda packs into an empty database (SEED_ON_START). false for a council loading its own papers.')
@allowed(['true', 'false'])
param seedOnStart string = 'false'

@description('Time zone for deadlines and due dates (TIME_ZONE).')
param timeZone string = 'Europe/London'

var databaseName = 'boardbot'
var suffix = uniqueString(resourceGroup().id, appName)

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: '${appName}-pg-${suffix}'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Lets Azure services (the App Service) reach the server; use a virtual network and private access
// instead where the council's policy requires it.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

var databaseUrl = 'postgres://${uriComponent(postgresAdminLogin)}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=verify-full'

resource site 'Microsoft.Web/sites@2023-01-01' = {
  name: '${appName}-${suffix}'
  location: location
  kind: empty(containerImage) ? 'app,linux' : 'app,linux,container'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: empty(containerImage) ? 'NODE|24-lts' : 'DOCKER|${containerImage}'
      appCommandLine: empty(containerImage) ? 'npm start' : ''
      alwaysOn: true // reminders and digests are sent by a scheduler inside the bot
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'BOT_ID', value: botAppId }
        { name: 'BOT_PASSWORD', value: botPassword }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        // Serve the council's own tenant only.
        { name: 'ALLOWED_TENANTS', value: botTenantId }
        { name: 'DATABASE_URL', value: databaseUrl }
        { name: 'SEED_ON_START', value: seedOnStart }
        { name: 'PEOPLE_FILE', value: peopleFile }
        { name: 'TIME_ZONE', value: timeZone }
        { name: 'LOG_LEVEL', value: 'info' }
        // App Service sends traffic to PORT; the bot listens on it.
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        // Zip deploy of the sources: install exactly the lockfile, then drop the dev tools (see Dockerfile).
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: empty(containerImage) ? 'true' : 'false' }
        { name: 'CUSTOM_BUILD_COMMAND', value: 'npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund' }
      ]
    }
  }
  dependsOn: [
    database
    allowAzure
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant' // new multi-tenant bots can no longer be created
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

// Outputs are named as the Agents Toolkit writes them into its env file (m365agents.yml reads them).
@description('Host name of the bot: BOT_DOMAIN for the Teams app package.')
output BOT_DOMAIN string = site.properties.defaultHostName

@description('The messaging endpoint registered on the Azure Bot.')
output BOT_ENDPOINT string = 'https://${site.properties.defaultHostName}/api/messages'

@description('The App Service, for deployment (zip deploy or az webapp deploy).')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = site.id

@description('The PostgreSQL server host.')
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
