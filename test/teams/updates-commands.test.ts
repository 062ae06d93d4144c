import { describe, expect, it } from 'vitest';
import { recordCommand } from '../../src/teams/routes/update-record';
import { administratorCommand, delegateCommand, directionCommand, toleranceCommand } from '../../src/teams/routes/update-settings';
import { historyCommand, myActionsCommand, updateCommand } from '../../src/teams/routes/updates';

describe('the officers-update commands take exactly their own words', () => {
  it.each([
    [updateCommand, 'update 1.9', true],
    [updateCommand, "  Update 1.1 in medway children's ", true],
    [updateCommand, 'update on 1.9?', false],
    [updateCommand, 'update cadence for medway 2019', false],
    [updateCommand, 'update the plan', false],
    [updateCommand, 'can you update 1.9', false],
    [myActionsCommand, 'my actions', true],
    [myActionsCommand, 'My actions?', true],
    [myActionsCommand, 'my actions for 1.9', false],
    [historyCommand, 'history 1.9', true],
    [historyCommand, 'history of 1.9', true],
    [historyCommand, 'history of the council', false],
    [recordCommand, 'record 1.9', true],
    [recordCommand, 'record first time entrants rate', true],
    [recordCommand, 'record of the meeting', false],
    [toleranceCommand, 'tolerance 5% for medway', true],
    [toleranceCommand, 'set tolerance 2.5 for the YOT plan', true],
    [delegateCommand, 'delegate 1.9 to dee@council.example.gov.uk', true],
    [administratorCommand, 'administrator dee@council.example.gov.uk for medway', true],
    [directionCommand, 'lower is better for weeks in PLO', true],
    [directionCommand, '  Higher is better for % of completion ', true],
    [directionCommand, 'is lower better for weeks in PLO?', false],
    [directionCommand, 'lower is better', false],
  ] as const)('%s on "%s": %s', (command, text, matches) => {
    expect(command.test(text)).toBe(matches);
  });
});
