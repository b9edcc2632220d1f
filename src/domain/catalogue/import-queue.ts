import { AppError } from '../../platform/errors/app-error.ts';

export type ImportQueueOptions = {
  /** Imports read and checked at once on this instance. */
  concurrency: number;
  /** How long an import waits for its turn before it is sent away to try again. */
  maxWaitSeconds: number;
  /** Imports that may wait at once; one more is sent away at once, before its body is read. */
  maxWaiting: number;
};

export type ImportQueue = {
  /** False when every place to run and to wait is taken, so that the file need not even be read. */
  hasRoom(): boolean;
  /** Runs `work` in its turn, or refuses with `import_busy` when the turn does not come in time. */
  run<T>(work: () => Promise<T>): Promise<T>;
  busy(): AppError;
};

/**
 * Reading and checking a file of 20,000 rows takes seconds of one core: several at once would hold
 * every other request back, and each holds its workbook in memory. Imports therefore take turns,
 * per instance, and a crowd of them is sent away with a time to come back.
 */
export function createImportQueue({ concurrency, maxWaitSeconds, maxWaiting }: ImportQueueOptions): ImportQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  const busy = () =>
    new AppError('import_busy', { seconds: maxWaitSeconds }, { members: { retryAfterSeconds: maxWaitSeconds } });

  const acquire = (): Promise<void> => {
    if (running < concurrency) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= maxWaiting) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      // The place of the import that finishes passes straight to the one granted, so `running` stays as it is.
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1);
        reject(busy());
      }, maxWaitSeconds * 1000);
      waiting.push(grant);
    });
  };

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    hasRoom: () => running < concurrency || waiting.length < maxWaiting,
    async run(work) {
      await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
    busy,
  };
}
