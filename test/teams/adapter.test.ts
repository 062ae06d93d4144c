import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ClaimsIdentity, type BotFrameworkAuthentication } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/teams/adapter';
import { startFakeTeamsConnector } from '../helpers/fake-teams-connector';

/** The adapter's Bot Framework authentication (protected in botbuilder), to ask it for connector clients. */
function authOf(adapter: ReturnType<typeof createAdapter>): BotFrameworkAuthentication {
  return (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
}

describe('the Teams adapter', () => {
  it('builds one connector client per service URL and reuses it for later turns', async () => {
    const auth = authOf(createAdapter({ BOT_ID: undefined, BOT_PASSWORD: undefined, BOT_TENANT_ID: undefined }));
    const identity = new ClaimsIdentity([], true);
    const first = await auth.createConnectorFactory(identity).create('https://smba.trafficmanager.net/uk/', undefined);
    const again = await auth.createConnectorFactory(identity).create('https://smba.trafficmanager.net/uk/', undefined);
    const elsewhere = await auth.createConnectorFactory(identity).create('https://smba.trafficmanager.net/emea/', undefined);
    expect(again).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(elsewhere.conversations).toBeDefined();
  });

  it('keeps clients apart for different bot app ids', async () => {
    const auth = authOf(createAdapter({ BOT_ID: undefined, BOT_PASSWORD: undefined, BOT_TENANT_ID: undefined }));
    const one = await auth.createConnectorFactory(new ClaimsIdentity([{ type: 'aud', value: 'app-1' }], true)).create('https://x.example/', undefined);
    const two = await auth.createConnectorFactory(new ClaimsIdentity([{ type: 'aud', value: 'app-2' }], true)).create('https://x.example/', undefined);
    expect(two).not.toBe(one);
  });

  it('reuses the connector client on the inbound path too, where botbuilder authenticates each request', async () => {
    const auth = authOf(createAdapter({ BOT_ID: undefined, BOT_PASSWORD: undefined, BOT_TENANT_ID: undefined }));
    const activity = { type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/uk/' } as Parameters<BotFrameworkAuthentication['authenticateRequest']>[0];
    const first = await auth.authenticateRequest(activity, '');
    const second = await auth.authenticateRequest(activity, '');
    const one = await first.connectorFactory!.create(activity.serviceUrl!, first.audience);
    const two = await second.connectorFactory!.create(activity.serviceUrl!, second.audience);
    expect(two).toBe(one);
    expect(one.conversations).toBeDefined();
    const proactive = await auth.createConnectorFactory(first.claimsIdentity).create(activity.serviceUrl!, first.audience);
    expect(proactive).toBe(one);
  });

  it('builds one user-token client per bot app id', async () => {
    const auth = authOf(createAdapter({ BOT_ID: undefined, BOT_PASSWORD: undefined, BOT_TENANT_ID: undefined }));
    const identity = new ClaimsIdentity([], true);
    const first = await auth.createUserTokenClient(identity);
    expect(await auth.createUserTokenClient(new ClaimsIdentity([], true))).toBe(first);
    expect(await auth.createUserTokenClient(new ClaimsIdentity([{ type: 'aud', value: 'app-2' }], true))).not.toBe(first);
  });

  it("sends an activity's top-level fields as the connector's own serialiser did, its values as built", async () => {
    const connector = await startFakeTeamsConnector();
    try {
      const identity = new ClaimsIdentity([], true);
      const stock = await new ConfigurationBotFrameworkAuthentication({}).createConnectorFactory(identity).create(connector.url, undefined);
      const reusing = await authOf(createAdapter({ BOT_ID: undefined, BOT_PASSWORD: undefined, BOT_TENANT_ID: undefined })).createConnectorFactory(identity).create(connector.url, undefined);
      const card = { type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body: [{ type: 'TextBlock', text: '£50,043 “quoted”', wrap: true }] };
      const activity = {
        type: 'message',
        text: 'Hi <at>Sam</at>',
        timestamp: new Date('2026-12-06T10:00:00Z'),
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        entities: [{ type: 'mention', text: '<at>Sam</at>', mentioned: { id: '29:sam', name: 'Sam' } }],
        channelData: { notification: { alert: true } },
        conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't' },
        from: { id: '28:bot', name: 'Board and scrutiny' },
        recipient: { id: '29:sam', name: 'Sam', aadObjectId: 'aad-sam', role: 'user', extra: 'built' },
        replyToId: 'in-1',
        notAField: 'left out',
      };
      await stock.conversations.replyToActivity('a:1', 'in-1', activity as never);
      await reusing.conversations.replyToActivity('a:1', 'in-1', activity as never);
      await reusing.conversations.sendToConversation('a:1', activity as never);
      const [sentByStock, sentByReusing, sentToConversation] = connector.activities().map((r) => r.body);
      expect(sentByStock).toBeDefined();
      expect(sentByStock).not.toHaveProperty('notAField');
      // Below the top level the activity goes as built: the serialiser dropped what its model lacks there.
      expect(sentByStock!.recipient).toEqual({ id: '29:sam', name: 'Sam', aadObjectId: 'aad-sam', role: 'user' });
      expect(sentByReusing!.recipient).toEqual({ id: '29:sam', name: 'Sam', aadObjectId: 'aad-sam', role: 'user', extra: 'built' });
      const withoutExtra = (body: Record<string, unknown>) => ({ ...body, recipient: sentByStock!.recipient });
      expect(withoutExtra(sentByReusing!)).toEqual(sentByStock);
      expect(withoutExtra(sentToConversation!)).toEqual(sentByStock);
      expect(activity.notAField).toBe('left out');
    } finally {
      await connector.close();
    }
  });
});
