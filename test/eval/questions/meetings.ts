import { answer, atTime, type EvalQuestion, notFound, onDate } from '../question-types';

/**
 * Meetings: date, time, venue, contact, membership, agenda pages, question deadlines and where to send
 * questions. Only the Herefordshire agenda (002) states question rules; the Medway packs give none, so
 * a deadline asked of them is a not-found. The eval clock is 2 January 2020 ("next" is after it).
 */
const fivePm = ['5:00pm', '5pm', '5.00pm', '17:00', '5:00 pm', '5 pm'];

export const meetingQuestions: EvalQuestion[] = [
  { id: 'mtg-01', topic: 'meeting', packs: ['002'], source: '002:15-16',
    text: 'where is the herefordshire children and young people scrutiny committee on 16 september', expect: answer(['Shire Hall', 'HR1 2HX']) },
  { id: 'mtg-02', topic: 'meeting', packs: ['002'], source: '002:7-9', tags: ['abbreviation'],
    text: 'what time does the 16 sept cyp scrutiny start', expect: answer([atTime(10, 15)]) },
  { id: 'mtg-03', topic: 'meeting', packs: ['002'], source: '002:36-50', tags: ['abbreviation'],
    text: "who's on the herefordshire cyp scrutiny committee", expect: answer(['Carole Gandy', 'Diana Toynbee', 'Jim Kenyon', 'Sian Lines']) },
  { id: 'mtg-04', topic: 'meeting', packs: ['002'], source: '002:36', tags: ['typo'],
    text: 'who chairs hereford scrutny', expect: answer(['Carole Gandy']) },
  { id: 'mtg-05', topic: 'meeting', packs: ['002'], source: '002:59-60',
    // Only Herefordshire's agenda says where questions go; Medway's packs do not.
    text: 'where do I send a question for hereford scrutiny?', expect: answer(['councillorservices@herefordshire.gov.uk']) },
  { id: 'mtg-06', topic: 'meeting', packs: ['002'], source: '002:59-60', surface: 'channel',
    text: 'deadline for questions for the 16 september herefordshire cyp meeting', expect: answer([onDate(10, 9, 2019), fivePm]) },
  { id: 'mtg-07', topic: 'meeting', packs: ['003'], source: '003:1-37', tags: ['hard'],
    // The Medway pack gives no question deadline: say so, invent none.
    text: 'question deadline for medway cyp o&s on 2 march 2023', expect: notFound(['councillorservices']) },
  { id: 'mtg-08', topic: 'meeting', packs: ['004'], source: '004:1-37', tags: ['hard'],
    text: 'when do questions have to be in for medway cabinet on 14 jan 2020', expect: notFound(['councillorservices']) },
  { id: 'mtg-09', topic: 'meeting', packs: ['000'], source: '000:11-19',
    text: "what's on the agenda for medway cabinet 9 june 2020", expect: answer(['COVID-19 Response', 'Better Care Fund', 'Housing Infrastructure Fund']) },
  { id: 'mtg-10', topic: 'meeting', packs: ['002'], source: '002:62',
    text: 'which pages is the youth justice plan on in the 16 sept agenda', expect: answer(['31', '66']) },
  { id: 'mtg-11', topic: 'meeting', packs: ['003'], source: '003:33, 003:471', tags: ['conflict'],
    text: "who's the contact for medway cyp o&s on 2 march 2023", expect: answer(['Stephanie Davis', ['01634 332104', '01634 332503']]) },
  { id: 'mtg-12', topic: 'meeting', packs: ['004'], source: '004:7-9',
    text: 'venue for medway cabinet 14 jan 2020', expect: answer(['Gun Wharf']) },
  { id: 'mtg-13', topic: 'meeting', packs: ['003'], source: '003:7-9', tags: ['abbreviation'],
    text: 'what time is cyp o&s on 2 march 2023', expect: answer([atTime(18, 30)]) },
  { id: 'mtg-14', topic: 'meeting', packs: ['000'], source: '000:2122', tags: ['hard'],
    // The only Health and Wellbeing Board meeting in the packs was 12 September 2017.
    text: 'when does health and wellbeing board meet next', expect: notFound() },
  { id: 'mtg-15', topic: 'meeting', packs: ['000'], source: '000:21',
    text: "who's the democratic services officer for the june 2020 cabinet", expect: answer(['Wayne Hemingway', '01634 332509']) },
  { id: 'mtg-16', topic: 'meeting', packs: ['000'], source: '000:5-9',
    text: 'is the 9 june cabinet meeting virtual or in person', expect: answer(['Virtual']) },
  { id: 'mtg-17', topic: 'meeting', packs: ['004'], source: '004:5-9', surface: 'groupChat',
    text: "when's the next medway cabinet", expect: answer([onDate(14, 1, 2020)]) },
  { id: 'mtg-18', topic: 'meeting', packs: ['004'], source: '004:58', tags: ['abbreviation'],
    text: 'next cyp o&s in medway?', expect: answer([onDate(9, 1, 2020)]) },
  { id: 'mtg-19', topic: 'meeting', packs: ['002'], source: '002:68',
    text: 'when did the hereford cyp committee meet in july', expect: answer([onDate(15, 7, 2019), atTime(13, 0)]) },
  { id: 'mtg-20', topic: 'meeting', packs: ['002'], source: '002:47',
    text: "who's the SEND parent governor co-optee on hereford cyp scrutiny", expect: answer(['Andy James']) },
  { id: 'mtg-21', topic: 'meeting', packs: ['003'], source: '003:463-469', tags: ['hard'],
    // No Medway committee membership is printed in any pack.
    text: 'members of the medway cyp o&s committee', expect: notFound(['Carole Gandy', 'Diana Toynbee']) },
  { id: 'mtg-22', topic: 'meeting', packs: ['002'], source: '002:59-60',
    text: 'how are answers to questions published for hereford scrutiny', expect: answer(['supplement']) },
  { id: 'mtg-23', topic: 'meeting', packs: ['004'], source: '004:26',
    text: 'medway cabinet 14 jan 2020 contact', expect: answer(['Jade Milnes', '01634 332008']) },
  { id: 'mtg-24', topic: 'meeting', packs: ['001'], source: '001:112-113',
    text: 'when does the youth justice partnership board meet', expect: answer([onDate(13, 7, 2020)]) },
  { id: 'mtg-25', topic: 'meeting', packs: ['002'], source: '002:64',
    text: "when was hereford's cyp scrutiny due to meet after 16 sept 2019", expect: answer([onDate(25, 11, 2019)]) },
  { id: 'mtg-26', topic: 'meeting', packs: ['003'], source: '003:463-469', tags: ['hard'],
    text: 'who chairs medway cyp o&s', expect: notFound(['Carole Gandy']) },
  { id: 'mtg-27', topic: 'meeting', packs: ['004'], source: '004:17-22',
    text: "agenda pages for the 'ways forward for children's services' report at cabinet jan 2020", expect: answer(['9', '102']) },
  { id: 'mtg-28', topic: 'meeting', packs: ['000'], source: '000:11-19', tags: ['abbreviation'],
    text: 'pages for the HMIP YOT item at cabinet 9 june', expect: answer(['23', '98']) },
  { id: 'mtg-29', topic: 'meeting', packs: ['001'], source: '001:3-5',
    text: 'when will cyp o&s consider the HMIP yot inspection report', expect: answer([onDate(23, 7, 2020)]) },
  { id: 'mtg-30', topic: 'meeting', packs: ['002'], source: '002:1536, 002:59-60', tags: ['hard'],
    // The only stated question deadline is for 16 September 2019; reusing it for November invents one.
    text: "what's the question deadline for hereford cyp scrutiny on 25 november 2019", expect: notFound(['10 September 2019', '10/09/2019']) },
];
