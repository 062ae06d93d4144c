import type { TurnState } from '@microsoft/teams-ai';
import type { AskMemory } from '../nlu/intents';

/**
 * What a conversation remembers between turns. UI memory only: business records live in the stores.
 */
export interface ConversationMemory {
  /** What the last answer was about (members ask), so "and the target?" keeps the subject. */
  ask?: AskMemory;
}

/** What the bot remembers of a person between conversations. UI memory only. */
export interface UserMemory {
  /** Members ask: the last answer's subject in each channel, so a new post there can follow on (threads differ). */
  askByChannel?: Record<string, AskMemory>;
}

export type AppTurnState = TurnState<ConversationMemory, UserMemory>;
