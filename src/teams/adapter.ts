import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

/**
 * The Bot Framework adapter. Without BOT_ID it runs in local mode and accepts unauthenticated traffic
 * (Agents Playground, tests), replying to the activity's serviceUrl; with BOT_ID, BOT_PASSWORD and
 * BOT_TENANT_ID it is single-tenant and rejects requests without a valid Bot Framework token (401).
 */
export function createAdapter(config: Pick<Config, 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TENANT_ID'>): TeamsAdapter {
  const settings = config.BOT_ID
    ? {
        MicrosoftAppId: config.BOT_ID,
        MicrosoftAppPassword: config.BOT_PASSWORD,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: config.BOT_TENANT_ID,
      }
    : {};
  return new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}
