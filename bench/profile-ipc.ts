/**
 * CPU profiles of a bench bot over IPC, of the measured turns only (BOT_NODE_ARGS="--cpu-prof" profiles
 * the whole process: start-up, index building and warm-up as well). A forked bot calls
 * `answerProfileRequests()`; its parent sends `{ profile: 'start' }`, then `{ profile: 'stop', file }`
 * and waits for `{ profiled: file }`. (bench/ only: the inspector is no part of the bot.)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export function answerProfileRequests(): void {
  let session: Session | undefined;
  process.on('message', (message: { profile?: 'start' | 'stop'; file?: string }) => {
    if (message?.profile === 'start') {
      session = new Session();
      session.connect();
      void session.post('Profiler.enable').then(() => session?.post('Profiler.start'));
    }
    if (message?.profile === 'stop' && session && message.file) {
      const file = message.file;
      const done = session;
      session = undefined;
      void done.post('Profiler.stop').then(({ profile }) => {
        writeFileSync(file, JSON.stringify(profile));
        done.disconnect();
        process.send?.({ profiled: file });
      });
    }
  });
}
