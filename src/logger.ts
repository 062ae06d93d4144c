import pino from 'pino';

/** The structured logger every module is handed (never imported as a global). */
export type Logger = pino.Logger;

/**
 * JSON lines to stdout (or the given stream, which tests use to capture logs).
 *
 * @remarks
 * Question text, names and card input are personal data: they are never logged at info level.
 * The redaction paths below are a second line of defence for objects that carry them.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'council-board-bot' },
      redact: {
        paths: ['*.password', '*.BOT_PASSWORD', 'activity.text', 'activity.value', 'activity.from.name', 'text', 'value'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
