import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../../src/import/parse-files';

const csv = (fileName: string, lines: string[]) => ({ fileName, bytes: Buffer.from(lines.join('\n'), 'utf8') });

/** The indicators sheet's target_state and direction columns, through the real import reader. */
describe('target state and direction columns', () => {
  it('reads the target state in its several spellings, and says where each direction came from', async () => {
    const parsed = await parseFiles([
      csv('indicators.csv', [
        'Indicator,Council,Unit,Direction,Period,Value,Target,Target state',
        'Care leavers in work,Sample Council,%,,2024,40%,,To be agreed',
        'Audits completed,Sample Council,count,,2024,12,,TBD',
        'Agency staff,Sample Council,%,,2024,34.6%,20%,',
        'Placements stable,Sample Council,%,higher,2024,70%,75%,set',
        'Visits on time,Sample Council,%,,2024,90%,,TBC',
      ]),
    ]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const by = (name: string) => parsed.dataset.indicators.find((i) => i.name === name)!;
    expect(by('Care leavers in work').targetState).toBe('to-be-agreed');
    expect(by('Visits on time').targetState).toBe('to-be-agreed');
    expect(by('Audits completed').targetState).toBe('to-be-set');
    expect(by('Agency staff')).toMatchObject({ targetState: 'set', polarity: 'lower-is-better', polarityReason: { source: 'baseline' } });
    expect(by('Placements stable')).toMatchObject({ polarity: 'higher-is-better', polarityReason: { source: 'plan', detail: "'higher' in the plan's Direction column" } });
  });

  it('refuses a state that contradicts the target figure, naming the row and column', async () => {
    const parsed = await parseFiles([
      csv('indicators.csv', ['Indicator,Council,Unit,Period,Value,Target,Target state', 'Agency staff,Sample Council,%,2024,34.6%,20%,to be agreed', 'Caseloads,Sample Council,count,2024,20,,maybe']),
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join('\n')).toMatch(/row 2.*Target state.*no target figure yet, but the row gives 20%/);
    expect(parsed.errors.join('\n')).toMatch(/row 3.*'maybe' is not one of set, to be agreed, to be set or none/);
  });
});
