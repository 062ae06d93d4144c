import { describe, expect, it } from 'vitest';
import { RateLimiter, teamsConversationLimits, teamsTenantLimits } from '../../../src/services/outbox/rate-limiter';

/** A limiter on a clock the test moves, with no margin so the published figures show. */
function limiterAt() {
  let now = 0;
  const limiter = new RateLimiter(() => now, 0);
  return { limiter, tick: (ms: number) => (now += ms) };
}
const chat = [{ key: 'chat', windows: teamsConversationLimits }];

describe('pacing under Teams limits', () => {
  it('lets 7 sends to a conversation through in a second, then makes the 8th wait for the window', () => {
    const { limiter, tick } = limiterAt();
    for (let i = 0; i < 7; i += 1) {
      expect(limiter.tryAcquire(chat)).toBe(0);
      limiter.done(chat);
    }
    expect(limiter.tryAcquire(chat)).toBe(1_000);
    tick(1_000);
    expect(limiter.tryAcquire(chat)).toBe(0);
    limiter.done(chat);
    // 8 in 2 seconds: the 9th waits until the first leaves the 2-second window.
    expect(limiter.tryAcquire(chat)).toBe(1_000);
  });

  it('counts a send still in flight as happening now, and from when it finished once done', () => {
    const { limiter, tick } = limiterAt();
    const tenant = [{ key: 'tenant', windows: teamsTenantLimits }];
    for (let i = 0; i < 50; i += 1) expect(limiter.tryAcquire(tenant)).toBe(0);
    tick(5_000);
    expect(limiter.tryAcquire(tenant)).toBeGreaterThan(0);
    for (let i = 0; i < 50; i += 1) limiter.done(tenant);
    expect(limiter.tryAcquire(tenant)).toBe(1_000);
    tick(1_000);
    expect(limiter.tryAcquire(tenant)).toBe(0);
  });

  it('holds each window a tenth longer by default, for network jitter', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 7; i += 1) {
      limiter.tryAcquire(chat);
      limiter.done(chat);
    }
    now = 1_000;
    expect(limiter.tryAcquire(chat)).toBe(100);
  });
});
