import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { z } from 'zod';
import { formatImportReport } from '../domain/import-report';
import type { Logger } from '../logger';
import { importFiles } from '../services/import-files';
import { questionPackFiles } from '../services/questions/export-pack';
import { buildStatusReport } from '../services/reports/build-report';
import { findPlan, whichPlanText } from '../services/reports/find-plan';
import { reportCsv } from '../services/reports/report-csv';
import { reportFileStem } from '../services/reports/write-report';
import type { Stores } from '../store/ports';
import { removeControlFile, writeControlFile } from './control-file';

/** Largest request: ten 10 MB files, base64. */
const MAX_BODY_BYTES = 150 * 1024 * 1024;

const importBody = z.object({ files: z.array(z.object({ fileName: z.string().min(1).max(255), base64: z.string() })).min(1).max(50) });
const reportBody = z.object({ plan: z.string().min(1).max(500), exceptionsOnly: z.boolean() });
const packBody = z.object({ meeting: z.string().min(1).max(500) });

export interface ControlOptions {
  stores: Stores;
  logger: Logger;
  timeZone: string;
  dataDir: string;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The bot's control channel, for `npm run import`, `report` and `question-pack` while it runs on the
 * embedded store (whose folder one process owns): HTTP on 127.0.0.1 only, a random port, every request
 * carrying the token from the data folder's control file. It runs the same services the tools would.
 */
export async function startControlServer(options: ControlOptions): Promise<{ stop(): Promise<void> }> {
  const token = randomBytes(32).toString('hex');
  const expected = Buffer.from(`Bearer ${token}`);
  const handlers: Record<string, (body: unknown) => Promise<unknown>> = {
    '/control/import': async (raw) => {
      const { files } = importBody.parse(raw);
      const outcome = await importFiles(options.stores.catalogue, files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') })));
      options.logger.info({ command: 'import', via: 'control', files: files.length, ok: outcome.ok }, 'import from the command line');
      return outcome.ok ? { ok: true, text: formatImportReport(outcome.report), warnings: outcome.warnings } : { ok: false, errors: outcome.errors };
    },
    '/control/report': async (raw) => {
      const { plan, exceptionsOnly } = reportBody.parse(raw);
      const found = await findPlan(options.stores.catalogue, plan);
      if (found.kind !== 'found') return { ok: false, message: whichPlanText(found, plan) };
      const report = await buildStatusReport(options.stores, found.plan, { exceptionsOnly, now: new Date(), timeZone: options.timeZone });
      return {
        ok: true,
        summary: `${found.plan.name}: ${report.lines.length} of ${report.totalActions} actions.`,
        stem: reportFileStem(report),
        // NOTE: docx (about 3 MB of heap) loads when a Word file is first written, not at start-up.
        docx: (await (await import('../services/reports/report-docx.js')).reportDocx(report)).toString('base64'),
        csv: reportCsv(report),
      };
    },
    '/control/question-pack': async (raw) => {
      const built = await questionPackFiles(options.stores.questions, packBody.parse(raw).meeting, { now: new Date(), timeZone: options.timeZone });
      return built.ok ? { ...built, docx: built.docx.toString('base64') } : built;
    },
  };
  const server: Server = createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return answer(401, { error: 'unauthorised' });
    const handler = req.method === 'POST' ? handlers[req.url ?? ''] : undefined;
    if (!handler) return answer(404, { error: 'no such command' });
    readBody(req)
      .then(handler)
      .then(
        (result) => answer(200, result),
        (error: unknown) => {
          const bad = error instanceof z.ZodError || error instanceof SyntaxError || (error as Error).message === 'too large';
          options.logger.warn({ err: { message: (error as Error).message } }, 'control request failed');
          answer(bad ? 400 : 500, { error: bad ? 'bad request' : (error as Error).message });
        },
      );
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  writeControlFile(options.dataDir, { pid: process.pid, port, token });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        removeControlFile(options.dataDir);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
