/** Codes for failures nobody expected; expected outcomes are returned as values, not thrown. */
export type BotErrorCode = 'store-unavailable' | 'import-failed' | 'internal';

export class BotError extends Error {
  constructor(
    readonly code: BotErrorCode,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'BotError';
  }
}

/** Thrown by a store adapter when the database cannot be reached; the turn tells the person to try again. */
export class StoreUnavailableError extends BotError {
  constructor(message: string, cause?: unknown) {
    super('store-unavailable', message, cause);
    this.name = 'StoreUnavailableError';
  }
}

/** Normalises anything thrown into a BotError, keeping the original as `cause`. */
export function asBotError(error: unknown): BotError {
  if (error instanceof BotError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BotError('internal', message, error);
}
