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

describe('a turn giving up its slot early', () => {
  it('admits the next turn while the first is still finishing, and gives the slot up only once', async () => {
    const gate = new TurnGate(1);
    const started: string[] = [];
    let finish!: () => void;
    const first = gate.run(async ({ release }) => {
      started.push('first');
      release();
      await new Promise<void>((resolve) => (finish = resolve));
      release();
      return 'first';
    });
    const second = gate.run(async () => (started.push('second'), 'second'));
    await tick();
    expect(started).toEqual(['first', 'second']);
    expect(await second).toBe('second');
    // The early release was the first's only one: a third and a fourth still run one at a time.
    let third!: () => void;
    const thirdRun = gate.run(() => new Promise<string>((resolve) => (third = () => resolve('third'))));
    const fourth = gate.run(async () => (started.push('fourth'), 'fourth'));
    finish();
    expect(await first).toBe('first');
    await tick();
    expect(started).toEqual(['first', 'second']);
    expect(gate.queued).toBe(1);
    third();
    expect(await Promise.all([thirdRun, fourth])).toEqual(['third', 'fourth']);
  });
});

describe('a turn waiting on the network', () => {
  it('lends its slot out meanwhile and takes one back ahead of turns not yet started', async () => {
    const gate = new TurnGate(1);
    const order: string[] = [];
    let delivered!: () => void;
    const first = gate.run(async ({ away }) => {
      order.push('first works');
      await away(() => new Promise<void>((resolve) => (delivered = resolve)));
      order.push('first back');
    });
    let secondDone!: () => void;
    const second = gate.run(async () => {
      order.push('second works');
      await new Promise<void>((resolve) => (secondDone = resolve));
    });
    const third = gate.run(async () => void order.push('third works'));
    await tick();
    expect(order).toEqual(['first works', 'second works']);
    delivered();
    await tick();
    // Back from the network, the first waits for the slot, but ahead of the third.
    expect(order).toEqual(['first works', 'second works']);
    secondDone();
    await Promise.all([first, second, third]);
    expect(order).toEqual(['first works', 'second works', 'first back', 'third works']);
  });

  it('does not keep a slot it gets back after its turn has ended', async () => {
    const gate = new TurnGate(1);
    let delivered!: () => void;
    let sending!: Promise<void>;
    let endTurn!: () => void;
    let blocker!: () => void;
    const turn = gate.run(async ({ away }) => {
      // A send the turn does not wait for (a typing indicator), back from the network before the
      // turn ends, and given its slot only after.
      sending = away(() => new Promise<void>((resolve) => (delivered = resolve)));
      await new Promise<void>((resolve) => (endTurn = resolve));
    });
    await tick();
    const busy = gate.run(() => new Promise<void>((resolve) => (blocker = resolve)));
    await tick();
    delivered();
    await tick();
    expect(gate.queued).toBe(1);
    endTurn();
    await turn;
    blocker();
    await Promise.all([busy, sending]);
    expect(gate.queued).toBe(0);
    // Were the slot kept, this would wait for ever (the limit is one).
    expect(await gate.run(async () => 'free')).toBe('free');
    const [a, b] = [gate.run(async () => 'a'), gate.run(async () => 'b')];
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
  });
});
