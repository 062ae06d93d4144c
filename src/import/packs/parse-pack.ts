import { mergeDatasets, type Dataset } from '../../domain/model';
import { parseChildrensActionPlan } from './childrens-action-plan/parse-childrens-action-plan';
import { parseDeliveryPlan } from './delivery-plan/parse-delivery-plan';
import { parseDocuments } from './documents/parse-documents';
import { parseFigureTables } from './figure-tables/parse-figure-tables';
import { parseProseFigures } from './prose-figures/parse-prose-figures';
import { parseExecutiveResponses } from './executive-response/parse-executive-responses';
import { parseRecommendationTracker } from './executive-response/parse-recommendation-tracker';
import { parseGlossary } from './glossary/parse-glossary';
import { parseHmipInspection } from './inspection/parse-hmip-inspection';
import { parseMeetings } from './meetings/parse-meetings';
import { buildPackText } from './pack-text';
import { parsePeople } from './people/parse-people';
import { parsePlanOnAPage } from './plan-on-a-page/parse-plan-on-a-page';
import { parseReports } from './reports/parse-reports';
import type { PackParser } from './types';
import { parseRiskTables } from './risks/parse-risk-tables';
import { parseYotPlan } from './yot-plan/parse-yot-plan';
import { parseYouthJusticeIndicators } from './youth-justice-indicators/parse-youth-justice-indicators';

/**
 * Every pack parser. Each looks for its own kind of table in any pack and returns nothing when the
 * pack has none, so a new pack with a known layout parses without changes here.
 */
export const packParsers: Record<string, PackParser> = {
  documents: parseDocuments,
  reports: parseReports,
  meetings: parseMeetings,
  glossary: parseGlossary,
  people: parsePeople,
  childrensActionPlan: parseChildrensActionPlan,
  yotPlan: parseYotPlan,
  hmipInspection: parseHmipInspection,
  planOnAPage: parsePlanOnAPage,
  deliveryPlan: parseDeliveryPlan,
  executiveResponses: parseExecutiveResponses,
  recommendationTracker: parseRecommendationTracker,
  youthJusticeIndicators: parseYouthJusticeIndicators,
  figureTables: parseFigureTables,
  proseFigures: parseProseFigures,
  riskTables: parseRiskTables,
};

/**
 * Reads one agenda pack's text into a dataset.
 *
 * @remarks
 * Parsers flag odd input rather than throw; one that throws has met something it was not written
 * for, and the whole import stops (nothing half-read is stored) with a message naming it. Readers do
 * not catch their own failures: this is the one place a failure becomes the import's error.
 */
export function parsePack(fileName: string, text: string, parsers: Record<string, PackParser> = packParsers): Dataset {
  const pack = buildPackText(fileName, text);
  const parts: Partial<Dataset>[] = [];
  for (const [name, parser] of Object.entries(parsers)) {
    try {
      parts.push(parser(pack));
    } catch (error) {
      throw new Error(`The ${name} reader failed on ${fileName}: ${(error as Error).message}`, { cause: error });
    }
  }
  return mergeDatasets(...parts);
}
