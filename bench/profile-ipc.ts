/**
 * CPU profiles of a bench bot over IPC, of the measured turns only (BOT_NODE_ARGS="--cpu-prof" profiles
 * the whole process: start-up, index building and warm-up as well). A forked bot calls
 * `answerProfileRequests()`; its parent sends `{ profile: 'start' }`, then `{ profile: 'stop', file }`
 * and waits for `{ profiled: file }`. With BENCH_PROFILE=heap in the bot's environment the profile is
 * V8's allocation sampling instead (a .heapprofile: every sampled allocation, collected or not), to
 * see what a turn allocates. (bench/ only: the inspector is no part of the bot.)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const HEAP = process.env.BENCH_PROFILE === 'heap';

export function answerProfileRequests(): void {
  let session: Session | undefined;
  process.on('message', (message: { profile?: 'start' | 'stop'; file?: string }) => {
    if (message?.profile === 'start') {
      const started = new Session();
      session = started;
      started.connect();
      if (HEAP) {
        void started.post('HeapProfiler.enable').then(() =>
          started.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }),
        );
      } else void started.post('Profiler.enable').then(() => started.post('Profiler.start'));
    }
    if (message?.profile === 'stop' && session && message.file) {
      const file = message.file;
      const done = session;
      session = undefined;
      const stopped = HEAP ? done.post('HeapProfiler.stopSampling') : done.post('Profiler.stop');
      void stopped.then(({ profile }) => {
        writeFileSync(HEAP ? file.replace(/\.cpuprofile$/, '.heapprofile') : file, JSON.stringify(profile));
        done.disconnect();
        process.send?.({ profiled: file });
      });
    }
  });
}
