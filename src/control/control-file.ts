import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * How a command-line tool finds the bot that owns an embedded data folder: a file in the folder with
 * the bot's pid, the loopback port of its control channel and a random token (readable by the folder's
 * owner only). Whoever can read the folder could open the database anyway; nobody else can use it.
 */
export const controlFileSchema = z.object({ pid: z.number().int().positive(), port: z.number().int().positive(), token: z.string().min(32) });
export type ControlFile = z.infer<typeof controlFileSchema>;

export const controlFilePath = (dataDir: string) => join(dataDir, '.council-bot.control.json');

export function writeControlFile(dataDir: string, control: ControlFile): void {
  const path = controlFilePath(dataDir);
  writeFileSync(path, JSON.stringify(control), { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** The control file, when there is a readable, well-formed one. */
export function readControlFile(dataDir: string): ControlFile | undefined {
  try {
    const parsed = controlFileSchema.safeParse(JSON.parse(readFileSync(controlFilePath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function removeControlFile(dataDir: string): void {
  rmSync(controlFilePath(dataDir), { force: true });
}
