import { describe, expect, it } from 'vitest';
import { leadForms, leadMatches } from '../../src/domain/lead-matches';

// Lead cells as the seed plans write them (Medway children's improvement plan, Medway YOT plan,
// Medway DToC plan on a page), against titles and names as the directory or the papers give them.
describe('whether a lead cell names a title or a person', () => {
  it.each([
    ['the same title', 'Head of Service, Safeguarding', 'Head of Service, Safeguarding', true],
    ['another case and the comma missing', 'HEAD OF SERVICE  SAFEGUARDING.', 'Head of Service, Safeguarding', true],
    ['"Head Of Service" as the YOT plan capitalises it', 'Head Of Service', 'head of service', true],
    ['an apostrophe or none', "Head of Children's Commissioning", 'Head of Childrens Commissioning', true],
    ['a curly apostrophe', 'HEAD OF ADULTS’ COMMISSIONING', "Head of Adults' Commissioning", true],
    ['"&" for "and" inside one title', 'AD COMMISSIONING, BUSINESS & INTELLIGENCE', 'AD Commissioning, Business and Intelligence', true],
    ['a hyphenated word', 'Practice Co-ordinator', 'Practice Coordinator', true],
    ['an accent', 'Zoë Brunton-Reed', 'Zoe Brunton-Reed', true],
    ['a councillor named with honorifics', 'Cllr Mrs Josie Iles', 'Josie Iles', true],
    ['"Councillor" written out against "Cllr."', 'Councillor Alan Jarrett', 'Cllr. Alan Jarrett', true],
    ['one of two leads joined by "and"', 'The YJPB and Head Of Service', 'Head of Service', true],
    ['one of two leads joined by "/"', 'Assistant Director / Lisa Morgan', 'Lisa Morgan', true],
    ['one of two leads joined by ";"', 'Chief Executive; Leader of the Council', 'Leader of the Council', true],
    ['one of two leads joined by "&"', 'Performance Team Lead & Business Support Service Manager', 'Business Support Service Manager', true],
    ['one of two leads joined by "+"', 'Head of Quality Assurance + Improvement Team', 'Improvement Team', true],
    ['a bracketed title among several', 'Head of Quality Assurance / Head of Special Projects (Improvement)', 'Head of Special Projects (Improvement)', true],
    ['a title that is only part of the lead', 'Head of Service, Children in Care / Lead Member', 'Head of Service', false],
    ['a different role', 'Director of Public Health', 'Director of People', false],
    ['a different person with the same surname', 'Cllr Mrs Josie Iles', 'Cllr Tom Iles', false],
    ['an empty title', 'Head of Service', '  ', false],
    ['a blank lead cell', '', 'Head of Service', false],
  ] as const)('%s', (_name, lead, title, expected) => {
    expect(leadMatches(lead, [title])).toBe(expected);
  });

  it('matches when any one of the titles given matches', () => {
    expect(leadMatches('Information Officer', ['Kim Officer', 'Information Officer'])).toBe(true);
    expect(leadMatches('Information Officer', ['Kim Officer', 'Fostering Manager'])).toBe(false);
  });

  it.each([
    ['a role asked about in general, inside a longer lead', 'Head of Service, Children in Care / Lead Member', 'Head of Service', true],
    ['whole words only', 'Head of Services for Adults', 'Head of Service', false],
    ['in any case and punctuation', 'HEAD OF SERVICE SOCIAL CARE', 'head of service', true],
  ] as const)('in "contains" mode: %s', (_name, lead, title, expected) => {
    expect(leadMatches(lead, [title], 'contains')).toBe(expected);
  });

  it('splits a cell into the leads it names, keeping the whole cell', () => {
    expect(leadForms('Chair and YJPB').parts).toEqual(['chair and yjpb', 'chair', 'yjpb']);
    expect(leadForms('Head of Service, Safeguarding').parts).toEqual(['head of service safeguarding']);
  });
});
