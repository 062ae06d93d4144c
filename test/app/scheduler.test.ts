import { describe, expect, it } from 'vitest';
import { isoWeek, localNow, zonedInstant } from '../../src/services/scheduler/local-time';
import { Scheduler } from '../../src/app/scheduler';
import type { ScheduledJob } from '../../src/services/scheduler/scheduled-job';
import { captureLogs } from '../helpers/log-capture';
import { useSharedStores } from '../helpers/shared-stores';

const stores = useSharedStores();
const schedulerOf = (jobs: ScheduledJob[], at: string, owner?: string) =>
  new Scheduler({ jobs, store: stores().jobs, clock: () => new Date(at), timeZone: 'Europe/London', logger: captureLogs().logger, intervalMs: 60_000, leaseMs: 60_000, ...(owner ? { owner } : {}) });

describe('the scheduler', () => {
  it('tries a failed run again on the next round, and runs a done period never again', async () => {
    let calls = 0;
    const job: ScheduledJob = {
      name: 'flaky',
      periodFor: ({ local }) => local.date,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database hiccup');
        return { sent: 1 };
      },
    };
    expect(await schedulerOf([job], '2026-11-20T09:00:00Z').runOnce()).toEqual([{ job: 'flaky', period: '2026-11-20', outcome: 'failed' }]);
    expect((await stores().jobs.recent(1))[0]).toMatchObject({ status: 'failed', lastError: 'database hiccup' });
    expect((await schedulerOf([job], '2026-11-20T09:01:00Z').runOnce())[0]).toMatchObject({ outcome: 'ran', summary: { sent: 1 } });
    expect((await schedulerOf([job], '2026-11-20T10:00:00Z').runOnce())[0]).toMatchObject({ outcome: 'skipped' });
    expect((await schedulerOf([job], '2026-11-21T00:30:00Z').runOnce())[0]).toMatchObject({ period: '2026-11-21', outcome: 'ran' });
    expect(calls).toBe(3);
  });

  it('takes over a run whose instance died part-way, once its lease has run out', async () => {
    const job: ScheduledJob = { name: 'daily', periodFor: ({ local }) => local.date, run: async () => ({}) };
    expect(await stores().jobs.claim('daily', '2026-11-20', 'dead-instance', '2026-11-20T09:00:00Z', '2026-11-20T09:01:00Z')).toBe(true);
    expect((await schedulerOf([job], '2026-11-20T09:00:30Z').runOnce())[0]?.outcome).toBe('skipped');
    expect((await schedulerOf([job], '2026-11-20T09:02:00Z').runOnce())[0]?.outcome).toBe('ran');
  });

  it('does not run a job with nothing to do now', async () => {
    const job: ScheduledJob = { name: 'never', periodFor: () => undefined, run: async () => ({}) };
    expect(await schedulerOf([job], '2026-11-20T09:00:00Z').runOnce()).toEqual([]);
  });
});

describe('local time in the council\'s time zone', () => {
  it.each([
    ['2026-11-20T09:00:00Z', { date: '2026-11-20', time: '09:00', weekday: 5 }],
    ['2026-07-01T23:30:00Z', { date: '2026-07-02', time: '00:30', weekday: 4 }],
    ['2026-11-22T23:59:00Z', { date: '2026-11-22', time: '23:59', weekday: 7 }],
  ])('reads %s as %j in London', (instant, expected) => {
    expect(localNow(new Date(instant), 'Europe/London')).toEqual(expected);
  });

  it.each([
    ['2026-11-20', '09:00', '2026-11-20T09:00:00.000Z'],
    ['2026-07-01', '09:00', '2026-07-01T08:00:00.000Z'],
    ['2026-03-29', '09:00', '2026-03-29T08:00:00.000Z'],
    ['2026-10-25', '09:00', '2026-10-25T09:00:00.000Z'],
  ])('puts %s %s London time at %s', (date, time, expected) => {
    expect(zonedInstant(date, time, 'Europe/London').toISOString()).toBe(expected);
  });

  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-22', '2026-W47'],
    ['2027-01-01', '2026-W53'],
    ['2026-01-01', '2026-W01'],
  ])('puts %s in ISO week %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});
