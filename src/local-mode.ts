import { isIP } from 'node:net';

/** True when `host` is this machine only: localhost, 127.0.0.0/8 or ::1 (also IPv4-mapped). */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name === '::1') return true;
  const v4 = name.replace(/^::ffff:/, '');
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/**
 * What anyone who can reach a local-mode bot (no BOT_ID) can do: every request is trusted, so it is
 * said at start whenever it listens beyond this machine.
 */
export const LOCAL_MODE_EXPOSED =
  'local mode (no BOT_ID) is listening beyond this machine: anyone who can reach this port can act as any person in PEOPLE_FILE ' +
  '(administrators and chairs included), read and change plans, updates and questions, post into any conversation the bot knows, ' +
  'and make the bot send requests to any URL (the activity serviceUrl). Set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID, or HOST=127.0.0.1.';
