import { describe, expect, it } from 'vitest';
import { ConversationLock } from '../../src/teams/conversation-lock';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConversationLock', () => {
  it('runs one conversation one turn at a time, in arrival order, and others beside it', async () => {
    const lock = new ConversationLock();
    const log: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = lock.run('a', async () => {
      log.push('a1 start');
      await held;
      log.push('a1 end');
    });
    const second = lock.run('a', async () => void log.push('a2'));
    const other = lock.run('b', async () => void log.push('b1'));
    await tick();
    expect(log).toEqual(['a1 start', 'b1']);
    release();
    await Promise.all([first, second, other]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    expect(lock.size).toBe(0);
  });

  it('runs the next turn after a failed one, and after maxWaitMs behind a stuck one', async () => {
    const lock = new ConversationLock(20);
    await expect(lock.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run('a', async () => 'next')).resolves.toBe('next');
    void lock.run('a', () => new Promise<void>(() => undefined));
    await expect(lock.run('a', async () => 'ran anyway')).resolves.toBe('ran anyway');
  });
});
