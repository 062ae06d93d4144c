import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../src/domain/risks';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { parseRiskTables } from '../../../src/import/packs/risks/parse-risk-tables';
import { riskColumns } from '../../../src/import/packs/risks/risk-columns';

const read = (file: string): Risk[] => parseRiskTables(buildPackText(file, readFileSync(`seeds/packs/${file}`, 'utf8'))).risks ?? [];
const cabinet = read('000_ad444b67b5fc2cda.txt');
const scrutiny = read('001_4cc41449b754ee5d.txt');
const hereford = read('002_c981c68784b9b68c.txt');
const workProgramme = read('003_dc6bdf29f61919ae.txt');
const childrens = read('004_7add0319b591a1f2.txt');
const at = (list: Risk[], line: number) => list.find((r) => r.source.lineStart === line);

describe('risk tables (seed packs)', () => {
  it('reads the YOT report risk table with descriptions, mitigations and ratings, in its report and meeting', () => {
    expect(cabinet.filter((r) => r.source.lineStart! < 500).map((r) => [r.source.lineStart, r.rating?.code])).toEqual([[488, 'D2'], [489, 'C2'], [492, 'D2']]);
    expect(at(cabinet, 489)).toMatchObject({
      council: 'Medway',
      name: 'Reduction in budget from Medway or partnership arrangements.',
      description: 'Decline in resources impacting on caseloads and delivery.',
      rating: { raw: 'C2', code: 'C2' },
      report: { title: 'HMIP Inspection of Youth Offending Team (YOT)', body: 'Cabinet', date: '2020-06-09' },
    });
    expect(at(cabinet, 489)?.mitigation).toMatch(/^3 year strategy identifying budget/);
    expect(at(scrutiny, 106)).toMatchObject({ rating: { code: 'D2' }, report: { body: 'Children and Young People Overview and Scrutiny Committee' } });
  });

  it('reads a table with "Action to avoid / mitigate" and "Rating", and one with a mitigation column but no rating', () => {
    expect(at(cabinet, 2057)).toMatchObject({ name: 'S75 is not agreed', rating: { code: 'E2' }, report: { title: 'S75 Update: Better Care Fund' } });
    expect(at(cabinet, 2581)).toMatchObject({ name: 'Compulsory acquisition proceedings are opposed' });
    expect(at(cabinet, 2581)?.rating).toBeUndefined();
  });

  it('reads the BCF risk register: likelihood, impact, overall factor, owners, and rows carried on after a blank line', () => {
    const register = cabinet.filter((r) => r.score !== undefined);
    expect(register.map((r) => [r.source.lineStart, r.likelihood, r.impact, r.score])).toEqual([
      [2339, 2, 4, 8], [2342, 3, 3, 9], [2343, 3, 4, 12], [2344, 3, 3, 9], [2345, 4, 3, 12],
      [2346, 3, 4, 12], [2349, 3, 4, 12], [2350, 2, 3, 6], [2351, 2, 3, 6],
    ]);
    const breakdown = at(cabinet, 2339)!;
    expect(breakdown.name).toBe('Breakdown in partnership working results in an inability to co-ordinate and integrate health and social care services, reducing the collective impact on improving outcomes for vulnerable residents.');
    expect(breakdown.source.lineEnd).toBe(2341);
    expect(breakdown.owner).toBe('JCMG UCOG AEDB');
    expect(breakdown.mitigation).toContain('Robust partnership governance arrangements via JCMG');
    expect(breakdown.mitigation).toContain('Continued focus on building');
    expect(at(cabinet, 2344)?.owner).toBe('APC JCMG');
    expect(breakdown.context).toContain('Risk Register detailed below for the Medway Better Care Fund');
  });

  it('reads Herefordshire "Risk / opportunity | Mitigation" tables, markup stripped', () => {
    expect(hereford.map((r) => r.source.lineStart)).toEqual([376, 377, 378, 380, 1493, 1494]);
    expect(at(hereford, 1493)).toMatchObject({ council: 'Herefordshire', mitigation: 'The arrangements for the development of the work programme should help mitigate this risk.' });
    expect(at(hereford, 377)?.name).toBe('Delay in works being complete to make the property ready for occupation.');
  });

  it('stops at the likelihood and impact key printed under a table', () => {
    expect(workProgramme.map((r) => [r.name, r.rating?.code])).toEqual([
      ['Failure to adopt the new approach', 'B2'],
      ['Failure to create the work programme as next steps for the model', 'C3'],
    ]);
  });

  it('keeps ratings printed in Cyrillic look-alikes as printed, reads them as C3, and joins "cont\'d" rows to the risk above', () => {
    expect(childrens.map((r) => [r.name, r.rating?.raw, r.rating?.code])).toEqual([
      ['Actions are not implemented in a timely manner', 'B2', 'B2'],
      ['Resource is not in place to deliver rapid improvement', 'C3', 'C3'],
      ["The Council loses control of Children's Social Care Services", 'СЗ', 'C3'],
      ['Recruitment & retention', 'СЗ', 'C3'],
      ['Financial Implications', 'B2', 'B2'],
      ['Caseloads', 'C2', 'C2'],
    ]);
    const control = at(childrens, 227)!;
    expect(control.source.lineEnd).toBe(231);
    expect(control.mitigation).toContain('Cafcass and the family courts');
    expect(control.flags.map((f) => f.code)).toEqual(['lookalike-rating']);
    expect(at(childrens, 224)?.mitigation).toContain('Regular management oversight within the service');
  });
});

describe('the risk table header rule', () => {
  it('takes a first column naming the risk and another naming its rating, score or mitigation', () => {
    expect(riskColumns(['Risk', 'Description', 'Action to avoid or mitigate risk', 'Risk rating'])).toEqual(['name', 'description', 'mitigation', 'rating']);
    expect(riskColumns(['There is a risk that:', 'Likelihood', 'Potential impact', 'Overall risk factor', 'Mitigating Actions', 'Ownership'])).toEqual([
      'name', 'likelihood', 'impact', 'score', 'mitigation', 'owner',
    ]);
    expect(riskColumns(['Risk / opportunity', 'Mitigation'])).toEqual(['name', 'mitigation']);
  });

  it('leaves action plan tables, glossary rows and the likelihood key alone', () => {
    expect(riskColumns(['Ref', 'Action', 'Lead', 'By when', 'RAG'])).toBeUndefined();
    expect(riskColumns(['Action', 'Risk rating', 'Lead'])).toBeUndefined();
    expect(riskColumns(['Risk of serious harm', 'Term used in Asset+. All cases are classified as presenting a low, medium, high or very high risk'])).toBeUndefined();
    expect(riskColumns(['Likelihood', 'Impact:'])).toBeUndefined();
    expect(riskColumns(['Risk', 'Description'])).toBeUndefined();
  });
});
