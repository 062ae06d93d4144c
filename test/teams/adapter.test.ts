import { ClaimsIdentity, type BotFrameworkAuthentication } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/teams/adapter';

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
});
