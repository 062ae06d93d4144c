import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueIndex } from '../../src/nlu/catalogue-index';
import type { AskMemory, Intent } from '../../src/nlu/intents';
import { understand } from '../../src/nlu/understand';
import { seedIndex, today } from './seed-index';

let index: CatalogueIndex;
beforeAll(async () => {
  index = await seedIndex();
});

const ask = (text: string, memory?: AskMemory): Intent => understand(text, index, { today, ...(memory ? { memory } : {}) }).intent;

/** The subject an intent is about, as a short string the tables below can name. */
function subject(intent: Intent): string {
  switch (intent.kind) {
    case 'indicator':
      return intent.indicatorId;
    case 'action':
      return intent.actionId;
    case 'plan':
      return intent.planId;
    case 'meeting':
      return intent.bodyKey;
    case 'glossary':
      return intent.term;
    case 'person':
      return intent.role ?? intent.names.join(', ');
    case 'list':
      return JSON.stringify(intent.filter);
    default:
      return '';
  }
}

const YOT = 'medway/medway-youth-offending-team-and-youth-justice-partnership-board-improvement-plan';
const CHILDREN = 'medway/medway-childrens-services-action-plan';
const DTOC = 'medway/medway-dtoc-plan-2017-2019';
const WM = 'west-mercia/west-mercia-youth-justice-service-delivery-plan-2019-20';
const SEND = 'herefordshire/executive-response-to-the-send-provision-task-and-finish-group';
const PRU = 'herefordshire/executive-response-to-the-pru-referrals-task-and-finish-group';
const HOPS = 'herefordshire/head-of-paid-service-response-to-the-court-judgements-task-and-finish-group';

describe('indicator questions', () => {
  it.each([
    ['custody rate for telford compared to england', 'herefordshire/telford-and-wrekin/use-of-custody'],
    ['whats the reoffending rate in shropshire', 'herefordshire/shropshire/re-offending-rate-binary'],
    ['west mercia first time entrants', 'herefordshire/west-mercia/first-time-entrants-rate'],
    ['number of first time entrants in worcestershire', 'herefordshire/worcestershire/first-time-entrants-number'],
    ['herefordshire reoffending frequency', 'herefordshire/herefordshire/re-offending-frequency'],
    ['medway reoffending rate', 'medway/medway/reoffending-rate'],
    ['how many weeks are cases in PLO', 'medway/medway/number-of-weeks-in-plo/medway-childrens-services-action-plan-1-9-1'],
    ['agency sw rate', 'medway/medway/agency-social-worker-rate-in-assessment-and-area-teams/medway-childrens-services-action-plan-2-3-1'],
    ['social workers above target caseload', 'medway/medway/of-social-workers-above-target-caseload-in-the-area-teams-cs-dashboard/medway-childrens-services-action-plan-2-6-1'],
    ['care leavers in education employment or training', 'medway/medway/available-care-leavers-in-employment-education-training-or-parenting/medway-childrens-services-action-plan-1-21-1'],
    ['initial health assessments within 28 days', 'medway/medway/of-initial-health-assessments-within-28-days-of-coming-into-care/medway-childrens-services-action-plan-5-4-1'],
    ['pep reviews on time', 'medway/medway/pep-reviews-in-timescales/medway-childrens-services-action-plan-5-9-1'],
    ['hmip overall rating for the yot', 'medway/medway/hmip-overall-rating'],
    ['vacancy rate for case managers', 'medway/medway/vacancy-rate-case-managers-only-total-unfilled-case-manager-posts-as-percentage-of-total-case-manager-headcount'],
    ['how many FTE case managers does the yot have', 'medway/medway/of-which-fte-case-managers'],
    ['contacts to referrals conversion', 'medway/medway/contacts-to-referrals/medway-childrens-services-action-plan-1-1-1'],
    ['% of unfilled posts', 'medway/medway/unfilled-posts-includes/medway-childrens-services-action-plan-2-2-1'],
    ['net gain in foster carers', 'medway/medway/net-gain-in-number-of-medway-foster-carer-households/medway-childrens-services-action-plan-1-14-1'],
    ['custdy rate telford', 'herefordshire/telford-and-wrekin/use-of-custody'],
    ['reofending rate worcestershire', 'herefordshire/worcestershire/re-offending-rate-binary'],
    ['placment stabilty for looked after children', 'medway/medway/of-cic-aged-under-16-years-who-have-been-in-same-placement-for-at-least-2-years/medway-childrens-services-action-plan-1-14-2'],
    ['what is the target for 1.9', 'medway/medway/number-of-weeks-in-plo/medway-childrens-services-action-plan-1-9-1'],
  ])('"%s" is about %s', (text, id) => {
    const intent = ask(text);
    expect(intent.kind).toBe('indicator');
    expect(subject(intent)).toBe(id);
  });

  it.each([
    // Siblings told apart by a qualifier: naming one's qualifier picks it out.
    ['caseloads for iros', 'medway/medway/caseloads-in-cpc-and-iro-service-reduced-iro/medway-childrens-services-action-plan-4-4-2'],
    ['IRO caseloads - where are we v target', 'medway/medway/caseloads-in-cpc-and-iro-service-reduced-iro/medway-childrens-services-action-plan-4-4-2'],
    // Measures stacked in one cell: the Nth bracket of the shared name is the Nth measure's.
    [
      'S47 visits within 1 working day',
      'medway/medway/initial-child-and-family-assessments-where-the-child-was-visited-with-1-working-day-s47-and-5-working-days-s17-1-of-2/medway-childrens-services-action-plan-1-6-1',
    ],
    [
      'S17 visits within 5 working days',
      'medway/medway/initial-child-and-family-assessments-where-the-child-was-visited-with-1-working-day-s47-and-5-working-days-s17-2-of-2/medway-childrens-services-action-plan-1-6-2',
    ],
  ])('"%s" names the qualifier of %s among its siblings', (text, id) => {
    const intent = ask(text);
    expect(intent.kind).toBe('indicator');
    expect(subject(intent)).toBe(id);
  });

  it.each([
    ['caseloads reduced', ['Caseloads in CPC and IRO Service reduced (IRO) (Medway)', 'Caseloads in CPC and IRO Service reduced (CP) (Medway)']],
    // The plan's measure (a share) and the September 2019 staffing table's column (FTE) are both unfilled posts.
    ['unfilled posts', ['% unfilled posts (includes (Medway)', 'Staffing: Total – Unfilled posts (Medway)']],
    // The best two within a hair of each other, one just over the line and one just under it: still equal.
    ['court disposals youth offending population', ['HMIP rating: Court disposals – 2.2 Planning (Medway)', 'HMIP rating: Court disposals – 2.4 Reviewing (Medway)']],
  ])('asks back when "%s" fits several measures about equally', (text, labels) => {
    const intent = ask(text);
    expect(intent.kind).toBe('ask-back');
    if (intent.kind !== 'ask-back') return;
    expect(intent.choices.map((c) => c.label)).toEqual(expect.arrayContaining(labels));
  });

  // A rating is the measure's value as much as a figure is: rating measures are not ranked below a count.
  it.each(['ratings for each of the out-of-court disposal standards pls', 'ratings for the out of court disposal standards', 'what ratings did the out-of-court disposal standards get'])(
    '"%s" offers the HMIP ratings, not only the caseload count',
    (text) => {
      const intent = ask(text);
      const offered = intent.kind === 'ask-back' ? intent.choices.map((c) => c.label) : [subject(intent) ?? ''];
      expect(offered.some((label) => /hmip.?rating/i.test(label))).toBe(true);
    },
  );

  it('asks which area when a measure is held for several and none is named', () => {
    const intent = ask('use of custody');
    expect(intent.kind).toBe('ask-back');
    if (intent.kind !== 'ask-back') return;
    expect(intent.choices.map((c) => c.label)).toEqual(expect.arrayContaining(['Use of custody (Telford and Wrekin)', 'Use of custody (Herefordshire)']));
  });

  it.each([
    ['custody rate in telford v england', 'comparators', 'england'],
    ['how does worcestershire reoffending rate compare nationally', 'comparators', 'national'],
    ['target for weeks in plo', 'target', undefined],
    ['is the west mercia custody rate improving', 'trend', undefined],
  ])('"%s" dwells on the %s', (text, focus, comparator) => {
    const intent = ask(text);
    expect(intent).toMatchObject({ kind: 'indicator', focus, ...(comparator ? { comparator } : {}) });
  });
});

describe('a reason asked about a figure', () => {
  it('searches the papers: a figure\'s card gives no reasons', () => {
    expect(ask('why are there so many social work vacancies in medway').kind).toBe('passage');
    expect(ask('how many social work vacancies are there in medway').kind).not.toBe('passage');
  });
});

describe('an inspection key question asked of one domain', () => {
  it.each([
    ['court cases - what % of assessments properly analysed how to keep other people safe', '2.1.3'],
    ['court disposals: % of assessments analysing how to keep other people safe', '2.1.3'],
    ['out of court cases - what % of assessments analysed how to keep other people safe', '3.1.3'],
    ['out-of-court disposals: does assessment analyse how to keep other people safe', '3.1.3'],
  ])('"%s" is %s, not the same question of the other domain', (text, ref) => {
    const intent = ask(text);
    expect(intent.kind).toBe('indicator');
    expect(subject(intent)).toContain(`hmip-${ref.replace(/\./g, '-')}`);
  });
});

describe("an inspection standard's rating", () => {
  it.each([
    'partnerships and services standard at the yot - what rating did it get',
    'hmip rating for the partnerships and services standard',
    'how was the partnerships and services standard rated',
  ])('"%s" is the standard\'s rating', (text) => {
    expect(subject(ask(text))).toBe('medway/medway/hmip-rating-organisational-delivery-1-3-partnerships-and-services');
  });
});

describe('action questions', () => {
  it.each([
    ['who leads action 2A on the yot plan', `${YOT}#2A`, 'lead'],
    // A reference shared by several plans, told apart by words of the action's own text beside it.
    ['action 2.1 the project team to manage capacity - is it done', `${CHILDREN}#2.1`, 'status'],
    ['action 5.10 housing for 16 and 17 year olds - success measure and resources?', `${CHILDREN}#5.10`, 'summary'],
    ['when is 1.12 due', `${CHILDREN}#1.12`, 'due'],
    ['is action 4.8 late', `${CHILDREN}#4.8`, 'late'],
    ['status of 3b in the yot improvement plan', `${YOT}#3B`, 'status'],
    ['whats happening with updating the accessibility plan', `${SEND}#1.1`, 'update'],
    ['who is responsible for issuing the IYFA protocol', `${PRU}#B.1`, 'lead'],
    ['action A.1 of the PRU referrals response', `${PRU}#A.1`, 'summary'],
    ['progress on the wiki me action', `${SEND}#2.2`, 'status'],
    ['action 1.1.3 west mercia', `${WM}#1.1.3`, 'summary'],
    ['who owns the trusted assessment action in the dtoc plan', `${DTOC}#3.3`, 'lead'],
    ["who's doing the fostering and adoption data action, is it late", `${CHILDREN}#4.8`, 'late'],
  ])('"%s" is about %s (%s)', (text, id, focus) => {
    expect(ask(text)).toEqual({ kind: 'action', actionId: id, focus });
  });

  it.each([
    // "Who" with another verb asks who did that, not who leads an action whose words it shares.
    ['who chairs the childrens services improvement board?'],
    ['care home support plan - who was it submitted to'],
  ])('"%s" is not read as an action\'s lead', (text) => {
    expect(ask(text)).not.toMatchObject({ kind: 'action', focus: 'lead' });
  });

  it('answers, not asks which, when two actions of a plan say the same with the same lead and date', () => {
    // The PRU response prints "The graduated response document will be published" as D.2 and again as K.1.
    expect(ask('graduated response document - owner and due date?')).toMatchObject({ kind: 'action', actionId: `${PRU}#D.2` });
  });

  it('asks which plan when a reference is in several and none is named', () => {
    const intent = ask('who leads 1.1');
    expect(intent.kind).toBe('ask-back');
    if (intent.kind !== 'ask-back') return;
    expect(intent.choices).toHaveLength(4);
    for (const choice of intent.choices) expect(choice.text).toMatch(/^action 1\.1 of the /);
  });
});

describe('a measure asked for over several periods, or by a word its table abbreviates', () => {
  const DFG = 'medway/medway/overview-of-funding-contributions-disabled-facilities-grant';
  const PCC = 'herefordshire/west-mercia/west-mercia-youth-justice-service-resources-2019-20-income-police-and-crime-commissioner';
  it.each([
    ['dfg spend in the better care fund', DFG],
    ['how much was the disabled facilities grant in 2017/18 and 2018/19', DFG],
    ['dfg amounts 17/18 v 18/19', DFG],
    ['bcf dfg 2017/18 vs 2018/19 amount', DFG],
    ['what does the pcc give the west mercia yjs', PCC],
    ['pcc income for west mercia youth justice', PCC],
    ['service manager establishment fte', 'medway/medway/staffing-service-manager-estab-fte'],
  ])('"%s" is %s', (text, id) => {
    expect(subject(ask(text))).toBe(id);
  });
});

describe('a follow-up naming another measure', () => {
  const indicator = (id: string): AskMemory => ({ subject: { kind: 'indicator', id } });
  it.each([
    ['and the yjb funding?', 'medway/medway/delegated-funds-from-partner-agencies-opcc', 'medway/medway/delegated-funds-from-partner-agencies-yjb'],
    ['what about the youth justice grant', 'herefordshire/west-mercia/west-mercia-youth-justice-service-resources-2019-20-income-police-service', 'herefordshire/west-mercia/west-mercia-youth-justice-service-resources-2019-20-income-yjb-youth-justice-grant'],
    ['and the yjb grant total?', 'herefordshire/west-mercia/the-yjb-youth-justice-yot-grant-budget-ict', 'herefordshire/west-mercia/the-yjb-youth-justice-yot-grant-budget-total'],
  ])('"%s" after %s is the row of the same table', (text, last, id) => {
    expect(subject(ask(text, indicator(last)))).toBe(id);
  });
});

describe('measures named together', () => {
  it.each([
    ['social worker perm fte vs agency fte', ['medway/medway/staffing-social-worker-perm-fte', 'medway/medway/staffing-social-worker-agency-fte']],
    ['court disposals planning rating and reviewing rating for the yot', ['medway/medway/hmip-rating-court-disposals-2-4-reviewing', 'medway/medway/hmip-rating-court-disposals-2-2-planning']],
    ['medway reoffending rate and first time entrants', ['medway/medway/first-time-entrant-rate-per-100-000', 'medway/medway/reoffending-rate']],
    ['west mercia first time entrants v shropshire first time entrants', ['herefordshire/shropshire/first-time-entrants-rate', 'herefordshire/west-mercia/first-time-entrants-rate']],
    ['service manager establishment versus unfilled posts', ['medway/medway/staffing-service-manager-posts-over-current-establishment', 'medway/medway/staffing-service-manager-unfilled-posts']],
    // A table's "Estab" column is the establishment.
    ['social worker fte: establishment vs perm vs agency', ['medway/medway/staffing-social-worker-perm-fte', 'medway/medway/staffing-social-worker-estab-fte', 'medway/medway/staffing-social-worker-agency-fte']],
    ['nqsw establishment and agency fte', ['medway/medway/staffing-nqsw-estab-fte', 'medway/medway/staffing-nqsw-agency-fte']],
  ])('"%s" lists each measure named', (text, ids) => {
    const intent = ask(text);
    expect(intent.kind).toBe('list');
    if (intent.kind !== 'list') return;
    expect(intent.filter.entity).toBe('indicators');
    expect([...(intent.filter.indicatorIds ?? [])].sort()).toEqual([...ids].sort());
  });

  it.each([
    ['what did hmip rate each of the court disposal standards', ['2-1-assessment', '2-2-planning', '2-4-reviewing']],
    ['all the organisational delivery ratings for the yot', ['1-1-governance-and-leadership', '1-2-staff', '1-3-partnerships-and-services']],
    ['list the yot organisational delivery ratings pls', ['1-1-governance-and-leadership', '1-2-staff', '1-3-partnerships-and-services']],
  ])('"%s" lists every alike measure instead of asking which', (text, parts) => {
    const intent = ask(text);
    expect(intent.kind).toBe('list');
    const ids = intent.kind === 'list' ? (intent.filter.indicatorIds ?? []).join(' ') : '';
    for (const part of parts) expect(ids).toContain(part);
  });

  it.each(['medway reoffending rate for each year', 'what is the agency social worker rate in every team'])('"%s" is one measure, each word or not', (text) => {
    expect(ask(text).kind).toBe('indicator');
  });

  it.each([
    // "and" inside one measure's name, and a comparator after "compared to", name one measure.
    ['care leavers in education employment and training', 'indicator'],
    ['custody rate for telford compared to england', 'indicator'],
  ])('"%s" stays one measure', (text, kind) => {
    expect(ask(text).kind).toBe(kind);
  });
});

describe('list questions', () => {
  it('lists actions by words of their text only when some action holds them all', () => {
    expect(ask('which actions mention adoption')).toMatchObject({ kind: 'list', filter: { entity: 'actions', topic: ['adoption'] } });
    // No action says both: not a list of none, which would answer for the papers.
    expect(ask('which actions mention adoption and recruitment')).not.toMatchObject({ kind: 'list', filter: { topic: expect.anything() } });
  });

  it.each([
    ['which actions are overdue in the yot plan', { entity: 'actions', overdue: true, planId: YOT }],
    ['overdue actions', { entity: 'actions', overdue: true }],
    ['what actions are due in january 2020', { entity: 'actions', due: { from: '2020-01-01', to: '2020-01-31', label: 'January 2020' } }],
    ['actions due by the end of q4 2019/20', { entity: 'actions', due: { to: '2020-03-31' } }],
    ['list the actions led by the fostering manager', { entity: 'actions', lead: { titles: ['Fostering Manager'], match: 'contains' } }],
    ['what is paul startup leading', { entity: 'actions', lead: { label: 'Paul Startup', match: 'exact' } }],
    ['actions under priority 2 of the send response', { entity: 'actions', planId: SEND, priority: '2' }],
    ['how many actions has the west mercia plan got under governance', { entity: 'actions', planId: WM, priority: '4' }],
    ['indicators without a target', { entity: 'indicators', withoutTarget: true }],
    ['how many actions are in the dtoc plan', { entity: 'actions', planId: DTOC }],
    ['which actions are red', { entity: 'actions', status: 'red' }],
    ['which actions answer ofsted recommendation 6', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/6'] }],
    // An inspectorate's "priority for improvement" named with its body is its recommendation, answered by its own plan's actions.
    ['which actions address ofsted priority 3', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/3'] }],
    ['ofsted priority 3 response to risk - which actions', { entity: 'actions', planId: CHILDREN, recommendationIds: ['medway/ofsted-ilacs-2019/3'] }],
    ['actions for the ofsted priority 7?', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/7'] }],
    // Words restating what the recommendation says pick it out; they are not a lead or a topic.
    ['ofsted priority 10 leadership on foster carers - which actions', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/10'] }],
    ['ofsted rec 10 (foster carers and adopters) actions', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/10'] }],
    // A recommendation named by what it says, not its number: its own plan's actions, as the plan maps them.
    ['which actions tackle the ofsted priority on staffing capacity', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/2'] }],
    ['what actions answer the hmip recommendation about working with girls', { entity: 'actions', recommendationIds: ['medway/hmip-inspection-of-medway-youth-offending-services-2020/4'] }],
    ['list the actions under the pru t&f recommendation about apprenticeships at the council', { entity: 'actions', planId: PRU, recommendationIds: ['herefordshire/pru-referrals-task-and-finish-group/e-iii'] }],
    ['what actions respond to the send task and finish group recommendation on the accessibility plan', { entity: 'actions', planId: SEND, recommendationIds: ['herefordshire/send-provision-task-and-finish-group/1'] }],
    // Its maker unnamed, the words must restate nearly all of it.
    ['which actions address services for foster carers and prospective adopters', { entity: 'actions', recommendationIds: ['medway/ofsted-ilacs-2019/10'] }],
    // Without the body's name, "priority 2" is the plan's own priority.
    ['actions under priority 2 of the childrens plan', { entity: 'actions', planId: CHILDREN, priority: '2' }],
    // A priority named by its title alone, no plan named: its plan's, narrowed as asked.
    ['partnership & engagement priority - which of its actions were due in december 2019?', { entity: 'actions', planId: CHILDREN, priority: '5', due: { label: 'December 2019' } }],
    ['which actions under the our partnerships priority are overdue', { entity: 'actions', planId: WM, priority: '2', overdue: true }],
    // The priority whose title named the plan, not the plan's best-matched priority otherwise.
    ['what actions are under the our people priority', { entity: 'actions', planId: WM, priority: '1' }],
  ])('"%s" lists %j', (text, filter) => {
    const intent = ask(text);
    expect(intent.kind).toBe('list');
    if (intent.kind !== 'list') return;
    expect(intent.filter).toMatchObject(filter);
  });

  it.each(['which actions are about care leavers accommodation', 'which actions in the childrens plan are about missing children'])(
    '"%s" filters on the actions\' own words, naming no recommendation',
    (text) => {
      const intent = ask(text);
      expect(intent.kind).toBe('list');
      expect(intent.kind === 'list' && intent.filter.recommendationIds).toBeFalsy();
    },
  );

  // A part of a plan and the list of its actions are one thing: the part answers, naming its sub-parts and listing the actions.
  it.each([
    ["what's priority 2 of the west mercia youth justice plan", WM, '2'],
    ['what is under priority 4 of the send response', SEND, '4'],
  ])('answers "%s" with the part, not a choice between it and its actions', (text, planId, priority) => {
    expect(ask(text)).toMatchObject({ kind: 'plan', planId, priority });
  });

  it("reads the words of a priority's title as the priority, not as a lead", () => {
    const intent = ask('how many actions under the workforce priority');
    expect(intent).toMatchObject({ kind: 'list', filter: { priority: '5' } });
    expect(intent.kind === 'list' && intent.filter.lead).toBeFalsy();
  });

  it("keeps a follow-up's plan when it names a priority by title", () => {
    const memory: AskMemory = { subject: { kind: 'plan', id: CHILDREN }, planId: CHILDREN };
    expect(ask('which of its actions under the workforce priority are overdue', memory)).toMatchObject({ kind: 'list', filter: { planId: CHILDREN, overdue: true } });
    // Unless another plan's priority is named more fully than any of its own.
    expect(ask('what actions are under the our governance priority that are overdue', memory)).toMatchObject({ kind: 'list', filter: { planId: WM, priority: '4' } });
    expect(ask('which one of the actions under the our partnerships priority is overdue', memory)).toMatchObject({ kind: 'list', filter: { planId: WM, priority: '2' } });
  });

  it('keeps a list of a part\'s actions narrowed further a list', () => {
    expect(ask('which actions under priority 2 of the west mercia plan are overdue')).toMatchObject({ kind: 'list', filter: { planId: WM, priority: '2', overdue: true } });
  });

  it('keeps no lead filter where the words restate the recommendation', () => {
    const intent = ask('ofsted priority 10 leadership on foster carers - how many actions map to it');
    expect(intent.kind === 'list' && intent.filter.lead).toBeFalsy();
  });

  it('asks which plan for a priority number several plans have', () => {
    const intent = ask('anything overdue in priority 4');
    expect(intent.kind).toBe('ask-back');
  });

  it('turns "more" into the next page of the last list', () => {
    const memory: AskMemory = { list: { filter: { entity: 'actions', overdue: true }, page: 1 } };
    expect(ask('more', memory)).toEqual({ kind: 'list', filter: { entity: 'actions', overdue: true }, page: 2 });
    expect(ask('more')).toEqual({ kind: 'not-found', reason: 'no-more' });
  });
});

describe('plan questions', () => {
  it.each([
    ['summarise the improvement plan', CHILDREN, 'summary'],
    ['what are the priorities in the west mercia delivery plan', WM, 'priorities'],
    ["rag key for the children's action plan", CHILDREN, 'status-key'],
    ['what does blue mean in the medway improvement plan', CHILDREN, 'status-key'],
    ['who owns the dtoc plan', DTOC, 'owner'],
    ['latest version of the improvement action plan', CHILDREN, 'version'],
    ['head of paid service response to court judgements', HOPS, 'summary'],
    ['tell me about the pru referrals plan', PRU, 'summary'],
    ["what does 'no improvement' mean on the yot plan", YOT, 'status-key'],
  ])('"%s" is about %s (%s)', (text, id, focus) => {
    expect(ask(text)).toMatchObject({ kind: 'plan', planId: id, focus });
  });
});

describe('meeting questions', () => {
  it.each([
    ['when is the next cabinet meeting', 'medway/cabinet', 'summary'],
    ['agenda for cabinet on 9 june 2020', 'medway/cabinet', 'agenda'],
    ['who chairs the herefordshire children and young people scrutiny committee', 'herefordshire/children and young people scrutiny committee', 'membership'],
    ['question deadline for herefordshire cyp scrutiny', 'herefordshire/children and young people scrutiny committee', 'deadline'],
    ['where is the medway cyp overview and scrutiny committee held', 'medway/children and young people overview and scrutiny committee', 'venue'],
    ['contact for the youth justice partnership board', 'medway/youth justice partnership board', 'contact'],
    ['when does full council meet', 'medway/full council', 'summary'],
    ['when does the health and wellbeing board meet next', 'medway/medway health and wellbeing board', 'summary'],
  ])('"%s" is about %s (%s)', (text, body, focus) => {
    expect(ask(text)).toMatchObject({ kind: 'meeting', bodyKey: body, focus });
  });

  it('reads a date as the meeting on that day', () => {
    expect(ask('agenda for cabinet on 9 june 2020')).toMatchObject({ when: 'period', period: { from: '2020-06-09', to: '2020-06-09' } });
  });

  // An agenda item the question names ("work programme") is at many meetings: the date it names bounds which.
  it.each([
    ['cyp scrutiny work programme - july 2019 meeting time', '2019-07-01', '2019-07-31'],
    ["when's the cyp scrutiny meeting with the work programme in july 2019", '2019-07-01', '2019-07-31'],
    ['cyp scrutiny july 2019 meeting - work programme item, what time', '2019-07-01', '2019-07-31'],
    ['which meeting in july 2019 had the cyp scrutiny work programme', '2019-07-01', '2019-07-31'],
  ])('"%s" keeps to the date it names', (text, from, to) => {
    const intent = ask(text);
    expect(intent).toMatchObject({ kind: 'meeting', bodyKey: 'herefordshire/children and young people scrutiny committee' });
    if (intent.kind !== 'meeting') return;
    expect(intent.period?.from).toBe(from);
    expect(intent.period?.to).toBe(to);
  });

  it('asks which committee when none is named', () => {
    expect(ask('when is the next meeting').kind).toBe('ask-back');
    expect(ask('where do I send a question for scrutiny').kind).toBe('ask-back');
  });
});

describe('glossary, people and the papers', () => {
  it.each([
    ['what does IRO stand for', 'glossary', 'IROs'],
    ['what is MASH', 'glossary', 'MASH'],
    ['who is Ian Sutherland', 'person', 'Ian Sutherland'],
    ['who is the head of quality assurance', 'person', 'Head of Quality Assurance'],
    // The council named beside a role is the holder's own: it says which, not something else.
    ["who's the lead member for childrens services in medway", 'person', "Lead Member for Children's Services"],
  ])('"%s" is a %s question about %s', (text, kind, about) => {
    const intent = ask(text);
    expect(intent.kind).toBe(kind);
    expect(subject(intent)).toBe(about);
  });

  it.each([
    "what was decided about the old vicarage children's home",
    'what did the report say about the regional adoption agency',
    'what did the DfE commissioner say about leadership?',
    'what is the weather in hereford tomorrow',
    'xyzzy',
    // "Who" asks for a person: a figure whose name holds the other words does not answer it.
    'who provides substance misuse services to the yot',
  ])('"%s" goes to the papers (a passage, or an honest not-found)', (text) => {
    expect(ask(text).kind).toBe('passage');
  });
});

describe('follow-ups keep the subject', () => {
  it.each([
    ['custody rate in telford', 'how does it compare with england', { kind: 'indicator', indicatorId: 'herefordshire/telford-and-wrekin/use-of-custody', focus: 'comparators' }],
    ['reoffending rate in herefordshire', 'what about worcestershire?', { kind: 'indicator', indicatorId: 'herefordshire/worcestershire/re-offending-rate-binary' }],
    ['weeks in plo', 'and the target?', { kind: 'indicator', indicatorId: 'medway/medway/number-of-weeks-in-plo/medway-childrens-services-action-plan-1-9-1', focus: 'target' }],
    ['who leads 1.9', 'is it late?', { kind: 'action', actionId: `${CHILDREN}#1.9`, focus: 'late' }],
    ['tell me about the yot plan', 'anything overdue in priority 3', { kind: 'list', filter: { planId: YOT, priority: '3', overdue: true } }],
    ['when is the next cabinet meeting', 'and the agenda?', { kind: 'meeting', bodyKey: 'medway/cabinet', focus: 'agenda' }],
  ])('"%s" then "%s"', (first, second, expected) => {
    const firstIntent = ask(first);
    const memory = memoryOf(firstIntent);
    expect(ask(second, memory)).toMatchObject(expected);
  });
});

describe('ask-back choices', () => {
  it('name their subject unambiguously: each one, asked, gives that subject', () => {
    const failures: string[] = [];
    for (const indicator of index.data.indicators) {
      const text = indicator.area ? `${indicator.name} in ${indicator.area}` : indicator.name;
      const intent = ask(text);
      // Measures the packs give twice under one name are offered side by side, never merged.
      const twins = index.data.indicators.filter((i) => i.name === indicator.name && i.area === indicator.area).length;
      if (twins === 1 && (intent.kind !== 'indicator' || intent.indicatorId !== indicator.id)) failures.push(`${text} -> ${subject(intent) || intent.kind}`);
    }
    for (const action of index.data.actions) {
      const plan = index.plans.get(action.planId)!;
      const text = `action ${action.ref} of the ${plan.name}`;
      const intent = ask(text);
      if (intent.kind !== 'action' || intent.actionId !== action.id) failures.push(`${text} -> ${subject(intent) || intent.kind}`);
    }
    for (const plan of index.data.plans) {
      const intent = ask(`summary of the ${plan.name}`);
      if (intent.kind !== 'plan' || intent.planId !== plan.id) failures.push(`${plan.name} -> ${subject(intent) || intent.kind}`);
    }
    expect(failures).toEqual([]);
  });
});

function memoryOf(intent: Intent): AskMemory {
  switch (intent.kind) {
    case 'indicator':
      return { subject: { kind: 'indicator', id: intent.indicatorId } };
    case 'action':
      return { subject: { kind: 'action', id: intent.actionId } };
    case 'plan':
      return { subject: { kind: 'plan', id: intent.planId }, planId: intent.planId };
    case 'meeting':
      return { subject: { kind: 'meeting', id: intent.bodyKey } };
    default:
      return {};
  }
}

describe('measures without an agreed target', () => {
  it.each([
    ['which measures have no agreed target', undefined],
    ['which indicators have no agreed targets yet', undefined],
    ['kpis without a firm target', undefined],
    ['measures where the target is still to be agreed', 'to-be-agreed'],
    ['which indicators have targets TBC', 'to-be-agreed'],
    ['what measures have targets that are yet to be set', 'to-be-set'],
    ['any indicators with a target not set', undefined],
  ] as const)('"%s" lists indicators without an agreed target (%s)', (text, state) => {
    const intent = ask(text);
    expect(intent.kind).toBe('list');
    if (intent.kind !== 'list') return;
    expect(intent.filter).toMatchObject({ entity: 'indicators', withoutTarget: true });
    expect(intent.filter.targetState).toBe(state);
  });

  it('does not read a question about one target as a list', () => {
    expect(ask('what is the target for weeks in plo').kind).not.toBe('list');
  });
});

describe('a plan asked for by its kind alone', () => {
  it.each(['pull up the action plan pls', 'show me the action plan', 'the action plan', 'action plan pls', 'open the action plan'])(
    '"%s" asks which of the plans holding "action" in a name or alias is meant',
    (text) => {
      const intent = ask(text);
      expect(intent.kind).toBe('ask-back');
      if (intent.kind !== 'ask-back') return;
      expect(intent.prompt).toBe('Which plan do you mean?');
      // The children's services plan by its name; the YOT plan by its alias "HMIP Action Plan".
      expect(intent.choices.map((c) => c.text).sort()).toEqual([`summary of the Medway Children's Services Action Plan`, `summary of the Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan`]);
    },
  );

  it.each(['show me the plan', 'open the plan', 'the plan pls'])('"%s" offers the plans, newest first, at most five', (text) => {
    const intent = ask(text);
    expect(intent.kind).toBe('ask-back');
    if (intent.kind !== 'ask-back') return;
    expect(intent.choices).toHaveLength(5);
    const dates = intent.choices.map((c) => [...index.plans.values()].find((p) => c.text === `summary of the ${p.name}`)?.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each([
    ['the yot improvement plan', YOT],
    ['show me the west mercia delivery plan', WM],
  ])('"%s" names its plan: no asking back', (text, id) => {
    const intent = ask(text);
    expect(intent.kind).toBe('plan');
    expect(subject(intent)).toBe(id);
  });

  it('a question saying more than a plan\'s kind is not asked back as one ("the action plan for care leavers")', () => {
    const intent = ask('the action plan for care leavers');
    expect(intent.kind === 'ask-back' && intent.prompt === 'Which plan do you mean?').toBe(false);
  });
});
