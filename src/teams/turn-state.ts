import type { TurnState } from '@microsoft/teams-ai';

/**
 * What a conversation remembers between turns. UI memory only: business records live in the stores.
 */
export interface ConversationMemory {
  /** Turns this conversation has had; a new conversation (0) gets a short introduction. */
  turns?: number;
}

export type AppTurnState = TurnState<ConversationMemory>;
