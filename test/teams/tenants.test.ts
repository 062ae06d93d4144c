import { describe, expect, it } from 'vitest';
import { activityFixture } from '../helpers/fixtures';
import { useSharedStores } from '../helpers/shared-stores';
import { createTestBot, firstCard } from '../helpers/test-bot';

const stores = useSharedStores();
const fixtureTenant = '0b3f2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';

describe('ALLOWED_TENANTS', () => {
  it('serves an activity from an allowed tenant', async () => {
    const t = await createTestBot({ stores: stores(), allowedTenants: [fixtureTenant] });
    expect(firstCard(await t.send(activityFixture('message-personal', { text: 'help' })))).toBeDefined();
  });

  it('ignores, logs, and stores nothing for an activity from another tenant', async () => {
    const t = await createTestBot({ stores: stores(), allowedTenants: ['11111111-2222-4333-8444-555555555555'] });
    const sent = await t.send(activityFixture('message-personal', { text: 'help' }));
    expect(sent).toHaveLength(0);
    expect(await stores().conversations.get('a:1pXyZ0exampleConversationIdForAPersonalChat_W9')).toBeUndefined();
    const warning = t.logs.lines().find((line) => line.msg === 'activity from a tenant not in ALLOWED_TENANTS ignored');
    expect(warning).toMatchObject({ tenant: fixtureTenant, level: 40 });
    expect(t.logs.text()).not.toContain('Cllr Jane Example');
  });

  it('ignores an activity that names no tenant when tenants are restricted', async () => {
    const t = await createTestBot({ stores: stores(), allowedTenants: [fixtureTenant] });
    const sent = await t.send(
      activityFixture('message-personal', { conversation: { id: 'a:no-tenant', conversationType: 'personal' }, channelData: {} }),
    );
    expect(sent).toHaveLength(0);
  });
});

describe('the tenant an activity comes from', () => {
  const other = '11111111-2222-4333-8444-555555555555';
  const withTenants = (conversationTenant: string | undefined, channelDataTenant: string | undefined, id: string) =>
    activityFixture('message-personal', {
      text: 'help',
      conversation: { id, conversationType: 'personal', ...(conversationTenant ? { tenantId: conversationTenant } : {}) },
      channelData: channelDataTenant ? { tenant: { id: channelDataTenant } } : {},
    });

  it('is read from channelData.tenant.id, which Teams sets', async () => {
    const t = await createTestBot({ stores: stores(), allowedTenants: [fixtureTenant] });
    expect(await t.send(withTenants(undefined, other, 'a:channel-data-other'))).toHaveLength(0);
    expect(firstCard(await t.send(withTenants(undefined, fixtureTenant.toUpperCase(), 'a:channel-data-allowed')))).toBeDefined();
    expect(await stores().conversations.get('a:channel-data-allowed')).toMatchObject({ tenantId: fixtureTenant });
  });

  it.each([
    ['with ALLOWED_TENANTS', [fixtureTenant]],
    ['with any tenant allowed', []],
  ])('refuses an activity whose two tenant fields disagree, %s, and records nothing', async (_name, allowedTenants) => {
    const t = await createTestBot({ stores: stores(), allowedTenants });
    expect(await t.send(withTenants(fixtureTenant, other, 'a:disagreeing'))).toHaveLength(0);
    expect(await stores().conversations.get('a:disagreeing')).toBeUndefined();
    expect(t.logs.lines().find((line) => line.msg === 'activity whose tenant fields disagree ignored')).toMatchObject({ level: 40 });
  });
});
