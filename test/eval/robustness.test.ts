import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../src/import/seed-files';
import { importFiles } from '../../src/services/import-files';
import { openStores } from '../../src/store/open-stores';
import { generalAbbreviations } from './general-abbreviations';
import { type Lexicon, lexiconFromStore } from './lexicon';
import { answer, type EvalQuestion, notFound } from './question-types';
import { devQuestions } from './questions';
import { maxVariants, type Variant, variantsOf } from './robustness';
import { robustCases } from './robustness-run';
import { isTypoable, wordsOf } from './typo';

const q = (id: string, text: string, extra: Partial<EvalQuestion> = {}): EvalQuestion => ({
  id,
  text,
  topic: 'indicator',
  packs: ['004'],
  expect: answer(['1']),
  ...extra,
});

/** A lexicon written by hand, so each swap below is checked against a known pair. */
const handLexicon: Lexicon = {
  pack: [
    { short: 'PLO', long: 'Public Law Outline', expands: true, exactCase: false },
    { short: 'SEND', long: 'special educational needs and disabilities', expands: true, exactCase: true },
    { short: 'FTE', long: 'first time entrants', expands: false, exactCase: false },
    { short: 'FTE', long: 'full-time equivalent', expands: false, exactCase: false },
  ],
  general: generalAbbreviations,
};

const of = (variants: Variant[], kind: Variant['kind']) => variants.filter((v) => v.kind === kind).map((v) => v.text);

/** True when `b` is `a` with one letter dropped, doubled, swapped with the next, or replaced. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
    const [i, j] = diff;
    return diff.length === 1 || (diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

describe('the robustness variants of a question', () => {
  it('are the same every time', () => {
    const question = q('ind-01', 'how long are kids stuck in PLO - and is it improving?');
    expect(variantsOf(question, handLexicon)).toEqual(variantsOf(question, handLexicon));
  });

  it('add two different chat fillers, before the question mark', () => {
    const fillers = of(variantsOf(q('ind-02', 'telford custody rate?'), handLexicon), 'filler');
    const allowed = [
      'telford custody rate pls?',
      'telford custody rate atm?',
      'can you tell me telford custody rate?',
      'telford custody rate now?',
    ];
    expect(fillers).toHaveLength(2);
    expect(new Set(fillers).size).toBe(2);
    for (const text of fillers) expect(allowed).toContain(text);
  });

  it('never put "can you tell me" before a follow-up that opens with "and"', () => {
    for (let n = 10; n < 60; n += 1) {
      expect(of(variantsOf(q(`fu-${n}`, 'and the target?'), handLexicon), 'filler').join()).not.toContain('can you tell me');
    }
  });

  it('make one slip of the finger in one long word, and nowhere else', () => {
    const [typo] = of(variantsOf(q('act-01', 'who leads 1.9 on the improvement plan'), handLexicon), 'typo');
    const before = wordsOf('who leads 1.9 on the improvement plan');
    const after = wordsOf(typo!);
    const changed = before.map((w, i) => (w === after[i] ? -1 : i)).filter((i) => i >= 0);
    expect(after).toHaveLength(before.length);
    expect(changed).toHaveLength(1);
    expect(['leads', 'improvement']).toContain(before[changed[0]!]);
    expect(oneSlip(before[changed[0]!]!, after[changed[0]!]!)).toBe(true);
  });

  it('leave refs, figures, dates and acronyms alone: no typo where nothing else is long enough', () => {
    const texts = ['HMIP 1.9 2A 5D', 'SENDIASS 2020/21 june', 'who 5D S47 12345 november', 'DfE CiC 19th-21st'];
    for (const [n, text] of texts.entries()) expect(of(variantsOf(q(`ind-${10 + n}`, text), handLexicon), 'typo')).toEqual([]);
  });

  it('expand an abbreviation and abbreviate an expansion, as the member typed it', () => {
    expect(of(variantsOf(q('ind-03', 'how long are kids stuck in plo'), handLexicon), 'abbreviation')).toEqual([
      'how long are kids stuck in public law outline',
    ]);
    expect(of(variantsOf(q('ind-04', 'Public Law Outline timescales'), handLexicon), 'abbreviation')).toEqual(['PLO timescales']);
    expect(of(variantsOf(q('ind-05', 'whats overdue on the SEND plan'), handLexicon), 'abbreviation')).toEqual([
      'whats overdue on the special educational needs and disabilities plan',
    ]);
  });

  it('fall back on general shorthand, and never read a word or part of one as an abbreviation', () => {
    // "send" is a verb here; "&" inside "o&s" is not "and"; FTE has two meanings in the packs.
    const swaps = (id: string, text: string) => of(variantsOf(q(id, text), handLexicon), 'abbreviation');
    expect(swaps('mtg-01', 'where do I send a question')).toEqual(['where do I send a q']);
    expect(swaps('mtg-02', 'medway cyp o&s and cabinet')).toEqual(['medway cyp o&s & cabinet']);
    expect(swaps('ind-06', 'fte rate')).toEqual([]);
    expect(swaps('ind-07', 'first time entrants rate')).toEqual(['fte rate']);
  });

  it('ask for the target too on indicator and action answers, and nowhere else', () => {
    const target = (question: EvalQuestion) => of(variantsOf(question, handLexicon), 'target');
    expect(target(q('ind-08', 'telford custody rate?'))).toEqual(["telford custody rate and what's the target?"]);
    expect(target(q('act-02', 'who leads 1.9', { topic: 'action' }))).toEqual(["who leads 1.9 and what's the target"]);
    expect(target(q('mtg-03', 'next cabinet', { topic: 'meeting' }))).toEqual([]);
    expect(target(q('nf-01', 'kent custody rate', { expect: notFound() }))).toEqual([]);
    expect(target(q('ind-09', 'IRO caseloads v target'))).toEqual([]);
  });

  it('swap the halves around a dash or comma, or move a leading question to the end', () => {
    const reorder = (text: string) => of(variantsOf(q('ind-11', text), handLexicon), 'reorder');
    expect(reorder('IRO caseloads - where are we v target?')).toEqual(['where are we v target - IRO caseloads?']);
    expect(reorder('medway, first time entrants')).toEqual(['first time entrants, medway']);
    expect(reorder('who leads 1.9')).toEqual(['1.9 - who leads?']);
    expect(reorder('how many carers did we approve?')).toEqual(['carers did we approve - how many?']);
    expect(reorder("what's the plo figure")).toEqual(['the plo figure - what is it?']);
    expect(reorder('tell me about the yot plan')).toEqual([]);
  });

  it('cap a question that every kind fits at the bound, giving up the second filler', () => {
    const variants = variantsOf(q('ind-12', 'who leads the plo review - and the average number?'), handLexicon);
    expect(variants).toHaveLength(maxVariants);
    expect(new Set(variants.map((v) => v.kind))).toEqual(new Set(['filler', 'typo', 'abbreviation', 'target', 'reorder']));
  });
});

describe('the variants of the development set, with the lexicon from the packs', () => {
  let lexicon: Lexicon;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const stores = await openStores({});
    close = () => stores.close();
    const imported = await importFiles(stores.catalogue, readSeedFiles());
    if (!imported.ok) throw new Error(imported.errors.join('; '));
    lexicon = await lexiconFromStore(stores.catalogue);
  });
  afterAll(async () => {
    await close?.();
  });

  it('reads the packs\' glossaries: names, not definitions, and no expansion of a term with two meanings', () => {
    const find = (short: string) => lexicon.pack.filter((a) => a.short === short);
    expect(find('PLO')).toEqual([{ short: 'PLO', long: 'Public Law Outline', expands: true, exactCase: false }]);
    expect(find('YJB').map((a) => a.long)).toEqual(['Youth Justice Board']);
    expect(find('FTE').length).toBeGreaterThan(1);
    expect(find('FTE').every((a) => !a.expands)).toBe(true);
    expect(find('SEND')[0]?.exactCase).toBe(true);
    for (const a of lexicon.pack) expect(a.short).not.toMatch(/\s/);
    for (const a of lexicon.pack) expect(a.long.split(/\s+/).length).toBeLessThanOrEqual(6);
  });

  it('are bounded, never the question itself, and the same twice', () => {
    for (const question of devQuestions) {
      const variants = variantsOf(question, lexicon);
      expect(variants.length, question.id).toBeLessThanOrEqual(maxVariants);
      expect(variants.map((v) => v.text), question.id).not.toContain(question.text);
      expect(new Set(variants.map((v) => v.text)).size, question.id).toBe(variants.length);
      expect(variantsOf(question, lexicon)).toEqual(variants);
    }
  });

  it('put a typo only in a word of five letters or more, never a ref, figure, date or acronym', () => {
    let typos = 0;
    for (const question of devQuestions) {
      for (const text of of(variantsOf(question, lexicon), 'typo')) {
        typos += 1;
        const before = wordsOf(question.text);
        const after = wordsOf(text);
        const changed = before.map((w, i) => (w === after[i] ? -1 : i)).filter((i) => i >= 0);
        expect(changed, text).toHaveLength(1);
        expect(isTypoable(before[changed[0]!]!), text).toBe(true);
        expect(oneSlip(before[changed[0]!]!, after[changed[0]!]!), text).toBe(true);
      }
    }
    expect(typos).toBeGreaterThan(100);
  });
});

describe('the robustness cases of a follow-up conversation', () => {
  const turns = [
    q('fu-01', 'whats the plo figure', { conversation: 'plo' }),
    q('ind-20', 'telford custody rate'),
    q('fu-02', 'and the target?', { conversation: 'plo' }),
  ];

  it('vary only the last turn, asking the earlier ones first, unchanged, in a conversation of its own', () => {
    const cases = robustCases(turns, handLexicon);
    expect(cases.some((c) => c.original.id === 'fu-01')).toBe(false);
    const followUps = cases.filter((c) => c.original.id === 'fu-02');
    expect(followUps.length).toBeGreaterThan(0);
    for (const c of followUps) {
      expect(c.turns.map((t) => t.text)).toEqual(['whats the plo figure', c.variant.text]);
      expect(new Set(c.turns.map((t) => t.conversation)).size).toBe(1);
    }
    const conversations = cases.map((c) => c.turns.at(-1)!.conversation);
    expect(new Set(conversations).size).toBe(cases.length);
    expect(cases.filter((c) => c.original.id === 'ind-20').every((c) => c.turns.length === 1)).toBe(true);
  });
});
