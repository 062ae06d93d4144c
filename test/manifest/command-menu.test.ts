import { describe, expect, it } from 'vitest';
import { buildCommandMenu, menuLimits, menuTitle } from '../../src/cli/app-package/command-menu';

describe('the command menu generated from the help registry', () => {
  it('takes the words to type from a usage, stopping at the first argument', () => {
    expect(menuTitle('help')).toBe('help');
    expect(menuTitle('update 1.9')).toBe('update');
    expect(menuTitle('history <ref>')).toBe('history');
    expect(menuTitle('my actions')).toBe('my actions');
    expect(menuTitle('report [plan] exceptions')).toBe('report');
    expect(menuTitle('<question in your own words>')).toBe('');
    expect(menuTitle('Ask in your own words')).toBe('');
  });

  it('lists the same commands for each scope, in help order, keeping administrators\' commands off', () => {
    const menu = buildCommandMenu([
      { heading: 'Anyone', commands: [{ usage: 'help', summary: 'What I can do.' }] },
      { heading: 'Action leads', commands: [{ usage: 'update 1.9', summary: 'Post a status update.' }] },
      { heading: 'Administrators', commands: [{ usage: 'ping', summary: 'Pong.' }] },
    ]);
    expect(menu.commandLists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of menu.commandLists) {
      expect(list.commands).toEqual([
        { title: 'help', description: 'What I can do.' },
        { title: 'update', description: 'update 1.9: Post a status update.' },
      ]);
    }
    expect(menu.left).toEqual([{ usage: 'ping', reason: 'for administrators only' }]);
  });

  it('keeps to Teams\' limits and reports what it could not fit', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ usage: `command${String.fromCharCode(97 + i)}`, summary: 'x'.repeat(200) }));
    const menu = buildCommandMenu([{ heading: 'Anyone', commands: [...many, { usage: 'a'.repeat(40), summary: 'long' }] }]);
    const commands = menu.commandLists[0]!.commands;
    expect(commands).toHaveLength(menuLimits.commands);
    expect(commands.every((c) => c.description.length <= menuLimits.description)).toBe(true);
    expect(menu.left.map((l) => l.usage)).toEqual(['a'.repeat(40), 'commandk', 'commandl']);
    expect(menu.left[0]!.reason).toMatch(/longer than 32/);
    expect(menu.left[1]!.reason).toMatch(/at most 10/);
  });

  it('gives each audience its turn when there are more commands than places, keeping help order', () => {
    const section = (heading: string, prefix: string, n: number) => ({
      heading,
      commands: Array.from({ length: n }, (_, i) => ({ usage: `${prefix}${String.fromCharCode(97 + i)}`, summary: 's' })),
    });
    const menu = buildCommandMenu([section('Anyone', 'any', 6), section('Action leads', 'lead', 5), section('Chairs and democratic services', 'chair', 2)]);
    expect(menu.commandLists[0]!.commands.map((c) => c.title)).toEqual([
      'anya', 'anyb', 'anyc', 'anyd', 'leada', 'leadb', 'leadc', 'leadd', 'chaira', 'chairb',
    ]);
    expect(menu.left.map((l) => l.usage)).toEqual(['anye', 'anyf', 'leade']);
  });

  it('offers one entry for two usages of the same command', () => {
    const menu = buildCommandMenu([
      { heading: 'Action leads', commands: [{ usage: 'record 1.9', summary: 'A value.' }, { usage: 'record <indicator>', summary: 'Same.' }] },
    ]);
    expect(menu.commandLists[0]!.commands.map((c) => c.title)).toEqual(['record']);
  });
});
