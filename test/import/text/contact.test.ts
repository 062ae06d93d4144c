import { describe, expect, it } from 'vitest';
import { bareName, findPhone, parseContact, splitNameRole } from '../../../src/import/text/contact';

describe('parseContact', () => {
  it.each([
    [
      'Wayne Hemingway, Principal Democratic Services Officer on Telephone: 01634 332509 or Email: democratic.services@medway.gov.uk',
      { name: 'Wayne Hemingway', role: 'Principal Democratic Services Officer', phone: '01634 332509', email: 'democratic.services@medway.gov.uk' },
    ],
    [
      'Matthew Evans, Democratic Services Officer Tel: 01432 383690 Email: matthew.evans@herefordshire.gov.uk',
      { name: 'Matthew Evans', role: 'Democratic Services Officer', phone: '01432 383690', email: 'matthew.evans@herefordshire.gov.uk' },
    ],
    [
      'Ruth Du-Lieu Assistant Director Front Line Services Tel: 01634 333163',
      { name: 'Ruth Du-Lieu', role: 'Assistant Director Front Line Services', phone: '01634 333163' },
    ],
    [
      'Carla-Louise Galea MRICS, Regeneration Programme Manager',
      { name: 'Carla-Louise Galea', role: 'Regeneration Programme Manager' },
    ],
    [
      "Jean Imray, Interim Assistant Director, Children's Services, 01634 331215, jean.imray@medway.gov.uk",
      { name: 'Jean Imray', role: "Interim Assistant Director, Children's Services", phone: '01634 331215', email: 'jean.imray@medway.gov.uk' },
    ],
    ['Amy Whiles, Tel: 01432 261920', { name: 'Amy Whiles', phone: '01432 261920' }],
    ['Please find report enclosed', undefined],
  ])('%j', (text, expected) => {
    expect(parseContact(text)).toEqual(expected);
  });
});

describe('splitNameRole and bareName', () => {
  it.each([
    ["Councillor Mrs Josie Iles, Portfolio Holder for Children's Services", { name: 'Josie Iles', role: "Portfolio Holder for Children's Services" }],
    ['Dr Lee-Anne Farach, Director of People (Statutory DCAS)', { name: 'Lee-Anne Farach', role: 'Director of People (Statutory DCAS)' }],
    ['Dawn Hudd Assistant Director of Physical and Cultural', { name: 'Dawn Hudd', role: 'Assistant Director of Physical and Cultural' }],
    ['Andrew Willetts', { name: 'Andrew Willetts' }],
    ['Commissioning, Resources and Youth justice', undefined],
    ['Head of Service', undefined],
  ])('%j', (text, expected) => {
    expect(splitNameRole(text)).toEqual(expected);
  });

  it.each([
    ['Councillor Alan Jarrett', 'Alan Jarrett'],
    ['Cllr Mrs Josie Iles', 'Josie Iles'],
    ['Carla-Louise Galea MRICS', 'Carla-Louise Galea'],
  ])('bareName(%j) = %j', (name, bare) => {
    expect(bareName(name)).toBe(bare);
  });

  it('reads UK phone numbers as printed', () => {
    expect(findPhone('T: 01634 331280 E:')).toBe('01634 331280');
    expect(findPhone('pages 3 - 22')).toBeUndefined();
  });
});
