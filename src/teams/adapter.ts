import type { ClaimsIdentity, ConnectorFactory } from 'botframework-connector';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

const MAX_CLIENTS = 64;

/**
 * The Teams adapter, reusing its connector clients: botbuilder builds a new client (an HTTP pipeline,
 * its serialisers and, with credentials, its token provider) for every turn; here one is built per
 * bot app id, service URL and audience, and shared by the turns that send to it.
 */
class ReusingTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const auth = this.botFrameworkAuthentication;
    const makeFactory = auth.createConnectorFactory.bind(auth);
    const clients = new Map<string, ReturnType<ConnectorFactory['create']>>();
    auth.createConnectorFactory = (identity: ClaimsIdentity): ConnectorFactory => {
      const factory = makeFactory(identity);
      const appId = identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
      return {
        create(serviceUrl: string, audience?: string) {
          const key = `${appId}|${serviceUrl}|${audience ?? ''}`;
          let client = clients.get(key);
          if (!client) {
            if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
            client = factory.create(serviceUrl, audience);
            // A failed build is not kept: the next turn tries again.
            client.catch(() => clients.delete(key));
            clients.set(key, client);
          }
          return client;
        },
      } as ConnectorFactory;
    };
  }
}

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
  return new ReusingTeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}
