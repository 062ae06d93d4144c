import type { TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { ConversationLock } from './conversation-lock';
import { ConversationRecorder, isLifecycle } from './conversation-record';
import type { BotDeps } from './deps';
import { reportTurnError } from './error-funnel';
import { registerAsk } from './routes/ask';
import { registerBoardRoutes } from './routes/board';
import { registerCompose } from './routes/compose';
import { registerFallback } from './routes/fallback';
import { registerFileImport } from './routes/files-import';
import { registerHelp } from './routes/help';
import { registerPapers } from './routes/papers';
import { registerPing } from './routes/ping';
import { registerQuestions } from './routes/questions';
import { registerSharedCards } from './routes/shared-cards';
import { registerSmallTalk } from './routes/small-talk';
import { registerUpdates } from './routes/updates';
import { registerWelcome } from './routes/welcome';
import { SqlTurnStorage } from './state-storage';
import { asStranger, judgeTenant } from './tenant';
import { TurnGate } from './turn-gate';
import type { AppTurnState } from './turn-state';
import { cleanTypedInput, readButtonWords } from './typed-input';

export interface BotOptions {
  /** The adapter, for proactive messages; tests may leave it out. */
  adapter?: TeamsAdapter;
  botAppId?: string;
  /** Send "typing..." after a second of work (off in tests, which assert on every activity). */
  startTypingTimer?: boolean;
  /** Tenants served (lower-case ids); empty serves any. Others' activities are ignored. */
  allowedTenants?: string[];
  /** Turns run at once on this instance (MAX_CONCURRENT_TURNS); the rest wait in arrival order. */
  maxConcurrentTurns?: number;
}

export interface Bot {
  app: Application<AppTurnState>;
  /** Everything an activity goes through: serialise per conversation, remember it, route it, funnel errors. */
  handleTurn(context: TurnContext): Promise<void>;
  /** Builds what the first turns would otherwise build (the question index); call before listening. */
  warmUp(): Promise<void>;
}

/** Where a turn keeps the release of its slot (turn-gate.ts) for the afterTurn handler. */
const RELEASE_SLOT = Symbol('release the turn slot');

/** Builds the teams-ai Application with its routes in one explicit order (first match wins). */
export function createBot(deps: BotDeps, options: BotOptions = {}): Bot {
  const app = new Application<AppTurnState>({
    adapter: options.adapter,
    botAppId: options.botAppId,
    storage: new SqlTurnStorage(deps.stores.state),
    startTypingTimer: options.startTypingTimer ?? true,
    removeRecipientMention: true,
  });

  // Order matters (first match wins): card actions and exact commands first, then free-text
  // questions, then the catch-all.
  registerWelcome(app, deps);
  registerHelp(app, deps);
  registerPing(app, deps);
  // [administrators import: files sent in a 1:1 chat, before any text route reads the message]
  registerFileImport(app, deps);
  // [papers: the Word report and question pack through Teams' file consent]
  registerPapers(app, deps);
  // [officers update: card verbs and commands such as "update 1.9", "my actions", "history 1.9"]
  registerUpdates(app, deps);
  registerBoardRoutes(app, deps);
  // [chairs gather questions: card verbs and commands]
  registerQuestions(app, deps);
  // [per-person views of cards in shared chats: refresh verbs, "question Q3"]
  registerSharedCards(app, deps);
  // [small talk: "hi", "thanks", before a question reads them as one]
  registerSmallTalk(app, deps);
  // [members ask: free-text questions, registered after every exact command]
  const ask = registerAsk(app, deps);
  // [the compose box and Copilot: search invokes, answered from the same catalogue as the chat]
  registerCompose(app, deps, ask.catalogue);
  registerFallback(app, deps);
  // NOTE: a turn that has replied is left only to store its state (and maybe its reference): its
  // slot goes to the next turn now. It still holds its conversation until stored, so the next turn
  // there reads what it wrote, and the HTTP answer still waits for the write (nothing acknowledged is lost).
  app.turn('afterTurn', async (context) => {
    context.turnState.get<(() => void) | undefined>(RELEASE_SLOT)?.();
    return true;
  });

  const lock = new ConversationLock();
  const recorder = new ConversationRecorder(deps.stores.conversations);
  const gate = new TurnGate(options.maxConcurrentTurns ?? 16);
  const allowed = new Set((options.allowedTenants ?? []).map((t) => t.toLowerCase()));
  const handleTurn = async (context: TurnContext) => {
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    const verdict = judgeTenant(context.activity, allowed, deps.directory.tenantId);
    if (!verdict.serve) {
      deps.logger.warn({ tenant: verdict.tenant ?? null, activityId: context.activity.id, activityType: context.activity.type }, verdict.why);
      return;
    }
    if (verdict.foreign) asStranger(context.activity);
    cleanTypedInput(context.activity);
    readButtonWords(context.activity);
    // NOTE: in conversation order first, so a turn waiting behind its own conversation holds no slot.
    await lock.run(conversationId, () =>
      gate.run(async (slot) => {
        context.turnState.set(RELEASE_SLOT, slot.release);
        // NOTE: the turn's replies travel to Teams without its slot (turn-gate.ts). A typing indicator is
        // sent from a timer while the turn still works, and the turn does not wait for it: it keeps the slot.
        context.onSendActivities((_context, activities, next) => (activities.every((a) => a.type === 'typing') ? next() : slot.away(next)));
        // So does a card replaced for everyone (an officer's saved update): that too is a wait on Teams.
        context.onUpdateActivity((_context, _activity, next) => slot.away(next));
        // NOTE: an install or membership event is about the reference itself: stored before its
        // routes run, a failure told as any other. Any other turn runs while its reference is stored
        // (the first turn of a conversation, or a changed one), so its answer does not wait for that
        // write; the turn still ends only once it is stored, and a failed write is logged and tried
        // again on the next turn (the person got what they asked for).
        const beside = isLifecycle(context.activity) ? undefined : recorder.remember(context.activity).then(() => undefined, (error: unknown) => error);
        try {
          if (!beside) await recorder.remember(context.activity);
          await app.run(context);
        } catch (error) {
          await reportTurnError(context, error, deps.logger, deps.cards);
        }
        const failed = await beside;
        if (failed) logReferenceFailure(deps, context, failed);
      }),
    );
  };

  return { app, handleTurn, warmUp: () => ask.warmUp() };
}

/** A conversation reference not stored beside a turn that went on: no personal data, only the ids. */
function logReferenceFailure(deps: BotDeps, context: TurnContext, error: unknown): void {
  const { activity } = context;
  deps.logger.warn(
    { activityId: activity.id, conversationId: activity.conversation?.id, err: { message: error instanceof Error ? error.message : String(error) } },
    'could not store the conversation reference; the next turn tries again',
  );
}
