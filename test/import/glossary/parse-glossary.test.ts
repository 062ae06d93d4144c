import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/domain/model';
import { longFormFor } from '../../../src/import/packs/glossary/abbreviations';
import { parseGlossary } from '../../../src/import/packs/glossary/parse-glossary';
import { buildPackText } from '../../../src/import/packs/pack-text';
import { seedPack } from '../text/seed-packs';

function glossaryOf(prefix: string): GlossaryEntry[] {
  return parseGlossary(seedPack(prefix)).glossary ?? [];
}

function find(prefix: string, term: string): GlossaryEntry[] {
  return glossaryOf(prefix).filter((g) => g.term === term);
}

describe('parseGlossary: glossary tables', () => {
  it('reads the twelve rows of the 004 glossary (L1286-1297) and stops at the Name | Job Title table', () => {
    const table = glossaryOf('004').filter((g) => (g.source.lineStart ?? 0) >= 1284);
    expect(table.map((g) => g.term)).toEqual(['PSW', 'HoS', 'PLO', 'POs', 'AOs', 'DCS', 'AD', 'RAA', 'CSMT', 'PI', 'FWi', 'MSCP']);
    expect(table.find((g) => g.term === 'PLO')).toMatchObject({ expansion: 'Public Law Outline', source: { lineStart: 1288, lineEnd: 1288 } });
    expect(table.some((g) => g.term.includes('Sutherland'))).toBe(false);
  });

  it.each([
    ['004', 'PSW', 'Principle Social Worker'],
    ['004', 'FWi', 'Frameworki'],
    ['000', 'CAMHS', 'Child and Adolescent Mental Health services'],
    ['000', 'YJPB', 'Youth Justice Partnership Board'],
    ['000', 'FTE', 'Full-time equivalent'],
    ['000', 'PRU', 'Pupil referral unit'],
  ])('pack %s: %s = %s, as printed', (prefix, term, expansion) => {
    expect(find(prefix, term).map((g) => g.expansion)).toContain(expansion);
  });

  it('reads all of the HMIP "Annexe 3: Glossary" in 000, across its blank line, with definitions as expansions', () => {
    const annexe = glossaryOf('000').filter((g) => (g.source.lineStart ?? 0) >= 1749 && (g.source.lineStart ?? 0) <= 1780);
    // 29 table rows; line 1776 also defines YJS and YOS inline ("youth justice service (YJS)")
    expect(new Set(annexe.map((g) => g.source.lineStart)).size).toBe(29);
    expect(annexe.filter((g) => g.source.lineStart === 1776).map((g) => g.term)).toEqual(['YOT/YOS', 'YJS', 'YOS']);
    expect(annexe.find((g) => g.term === 'Referral order')?.source.lineStart).toBe(1771);
  });
});

describe('parseGlossary: abbreviations defined inline', () => {
  it.each([
    ['004', 'IRO', 'Independent Reviewing Officers', 1185],
    ['004', 'CPC', 'Child Protection Chairs', 1185],
    ['004', 'IROs', 'Independent Reviewing Officers', 520],
    ['004', 'DfE', 'Department for Education', 139],
    ['003', 'YOT', 'Youth Offending Team', 63],
    ['003', 'LMCS', "Lead Member for Children's Services", 53],
    ['001', 'YOT', 'Youth Offending Team', 7],
    ['000', 'MAPPA', 'Multi-Agency Public Protection Arrangements', 782],
    ['002', 'WMYJS', 'West Mercia Youth Justice Service', 708],
  ])('pack %s: %s = %s (line %i)', (prefix, term, expansion, line) => {
    expect(find(prefix, term)).toContainEqual(expect.objectContaining({ expansion, source: expect.objectContaining({ lineStart: line }) }));
  });

  it('keeps both meanings of FTE in 000 (glossary: full-time equivalent; text: first time entrants)', () => {
    expect(find('000', 'FTE').map((g) => g.expansion)).toEqual(['Full-time equivalent', 'First Time Entrants']);
  });

  it('lists a term and meaning once per pack', () => {
    for (const prefix of ['000', '002', '004']) {
      const keys = glossaryOf(prefix).map((g) => `${g.term}|${g.expansion.toLowerCase()}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each([
    ['IRO', 'and Independent Reviewing Officers', 'Independent Reviewing Officers'],
    ['HoS', 'the Heads of Service', 'Heads of Service'],
    ['SoS', 'to the Secretary of State', 'Secretary of State'],
    ['MAPPA', 'Multi-Agency Public Protection Arrangements', 'Multi-Agency Public Protection Arrangements'],
    ['YOT', 'the team', undefined],
    ['ABC', 'Another Big', undefined],
    ['S75', 'Section 75', undefined],
    ['A', 'Anything', undefined],
    ['PLO', 'under the public law outline', 'public law outline'],
  ])('longFormFor(%j, %j) = %j', (abbr, before, expected) => {
    expect(longFormFor(abbr, before)).toBe(expected);
  });

  it('returns {} for text with no glossary', () => {
    expect(parseGlossary(buildPackText('x.txt', 'Nothing here (OK).'))).toEqual({});
  });
});
