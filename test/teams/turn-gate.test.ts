import { describe, expect, it } from 'vitest';
import { TurnGate } from '../../src/teams/turn-gate';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the turn gate', () => {
  it('runs at most its limit at once and admits the rest in arrival order', async () => {
    const gate = new TurnGate(2);
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const turns = Array.from({ length: 5 }, (_, i) =>
      gate.run(async () => {
        started.push(i);
        await new Promise<void>((resolve) => releases.push(resolve));
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);
    releases.shift()!();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    // A turn arriving now waits behind those already queued.
    const late = gate.run(async () => (started.push(99), 99));
    releases.shift()!();
    releases.shift()!();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    releases.splice(0).forEach((release) => release());
    await tick();
    releases.splice(0).forEach((release) => release());
    expect(await Promise.all([...turns, late])).toEqual([0, 1, 2, 3, 4, 99]);
    expect(started.at(-1)).toBe(99);
  });

  it('frees the slot when a turn fails', async () => {
    const gate = new TurnGate(1);
    await expect(gate.run(async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
