/**
 * Places a question may name that are councils in England and Wales: when one is named that the
 * catalogue holds no figures for, a figure for somewhere else must not be offered in its place.
 * Counties, unitary and metropolitan councils, and the larger cities (a maintained list).
 */
export const placeNames: readonly string[] = [
  'bedfordshire', 'berkshire', 'buckinghamshire', 'cambridgeshire', 'cheshire', 'cornwall', 'cumbria', 'derbyshire', 'devon', 'dorset',
  'durham', 'essex', 'gloucestershire', 'hampshire', 'hertfordshire', 'kent', 'lancashire', 'leicestershire', 'lincolnshire',
  'norfolk', 'northamptonshire', 'northumberland', 'nottinghamshire', 'oxfordshire', 'rutland', 'somerset', 'staffordshire',
  'suffolk', 'surrey', 'sussex', 'warwickshire', 'wiltshire', 'yorkshire', 'isle of wight', 'bexley', 'bromley', 'croydon',
  'greenwich', 'lewisham', 'southwark', 'lambeth', 'wandsworth', 'camden', 'islington', 'hackney', 'ealing', 'barnet', 'brent',
  'enfield', 'haringey', 'harrow', 'hillingdon', 'hounslow', 'newham', 'redbridge', 'sutton', 'merton', 'kingston', 'richmond',
  'westminster', 'birmingham', 'coventry', 'dudley', 'sandwell', 'solihull', 'walsall', 'wolverhampton', 'manchester',
  'salford', 'trafford', 'stockport', 'tameside', 'oldham', 'rochdale', 'bolton', 'wigan', 'liverpool', 'sefton',
  'knowsley', 'wirral', 'st helens', 'leeds', 'bradford', 'wakefield', 'kirklees', 'calderdale', 'sheffield', 'rotherham',
  'barnsley', 'doncaster', 'newcastle', 'gateshead', 'sunderland', 'bristol', 'plymouth', 'torbay', 'swindon', 'reading',
  'slough', 'luton', 'milton keynes', 'peterborough', 'southampton', 'portsmouth', 'brighton', 'hove', 'thurrock', 'southend',
  'stoke', 'derby', 'nottingham', 'leicester', 'hull', 'york', 'middlesbrough', 'stockton', 'hartlepool', 'darlington',
  'redcar', 'halton', 'warrington', 'blackpool', 'blackburn', 'herefordshire', 'worcestershire', 'shropshire', 'telford',
  'wrekin', 'medway', 'swale', 'maidstone', 'gravesham', 'dartford', 'cardiff', 'swansea', 'newport', 'scotland',
  'gwent', 'powys', 'monmouthshire', 'gloucester', 'oxford', 'cambridge', 'norwich', 'ipswich', 'exeter', 'warwick',
];

/** Words after a place that make it part of an organisation's name ("Kent Police"), not the place asked about. */
const organisations = new Set(['police', 'constabulary', 'ccg', 'nhs', 'fire', 'foundation', 'community', 'university', 'college', 'hospital', 'hospitals', 'trust', 'partnership', 'stp', 'yot']);
/** Place names that are also everyday words. */
const everyday = new Set(['reading']);

/**
 * The first place (from the gazetteer) the question's words name that is none of the data's areas or
 * councils, unless it is part of an organisation's name ("Kent Police"). Words are normalised tokens.
 */
export function otherPlace(words: string[], areas: string[]): string | undefined {
  const known = new Set(areas.flatMap((a) => a.toLowerCase().split(/\s+and\s+|\s+/)));
  const text = ` ${words.join(' ')} `;
  for (const place of placeNames) {
    if (known.has(place) || everyday.has(place)) continue;
    const at = text.indexOf(` ${place} `);
    if (at < 0) continue;
    const next = text.slice(at + place.length + 2).split(' ')[0] ?? '';
    if (!organisations.has(next)) return place;
  }
  return undefined;
}
