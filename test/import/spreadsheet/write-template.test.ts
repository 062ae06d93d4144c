import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../src/import/spreadsheet/parse-spreadsheet';
import { buildTemplateWorkbook, templateCsv, writeTemplate } from '../../../src/import/spreadsheet/write-template';

describe('the template writer', () => {
  it('writes a workbook that imports to the same dataset as the committed plan-template.xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'template-'));
    const path = join(dir, 'plan-template.xlsx');
    writeFileSync(path, await writeTemplate());
    const fresh = await parseSpreadsheet('plan-template.xlsx', readFileSync(path));
    const committed = await parseSpreadsheet('plan-template.xlsx', readFileSync('seeds/templates/plan-template.xlsx'));
    expect(fresh.ok && committed.ok).toBe(true);
    if (fresh.ok && committed.ok) expect(fresh.dataset).toEqual(committed.dataset);
  });

  it('has the instructions sheet and the four template sheets, with drop-downs for polarity', async () => {
    const wb = await buildTemplateWorkbook();
    expect(wb.worksheets.map((s) => s.name)).toEqual(['instructions', 'plan', 'scale', 'actions', 'indicators']);
    const polarity = wb.getWorksheet('indicators')!.getCell('F2').dataValidation;
    expect(polarity.formulae).toEqual(['"higher,lower,none"']);
    expect(wb.getWorksheet('actions')!.getCell('N2').dataValidation.formulae).toEqual(['"B,G,A,R"']);
  });

  it.each(['plan', 'scale', 'actions', 'indicators'] as const)('the committed %s.csv is what the writer makes', (kind) => {
    expect(readFileSync(`seeds/templates/${kind}.csv`, 'utf8')).toBe(templateCsv(kind));
  });
});
