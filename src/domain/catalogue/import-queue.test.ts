import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.ts';
import { createImportQueue } from './import-queue.ts';

/** A piece of work that runs until the test lets it finish. */
function heldWork() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { work: () => done, finish };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'done',
    (error: unknown) => (error instanceof AppError ? error.code : 'other'),
  );

describe('the import queue', () => {
  it('runs one import at a time and lets the next in when it finishes', async () => {
    const queue = createImportQueue({ concurrency: 1, maxWaitSeconds: 10, maxWaiting: 2 });
    const first = heldWork();
    const order: string[] = [];
    const running = queue.run(async () => {
      order.push('first starts');
      await first.work();
      order.push('first ends');
    });
    const next = queue.run(async () => void order.push('second starts'));
    await Promise.resolve();
    expect(order).toEqual(['first starts']);
    first.finish();
    await Promise.all([running, next]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('sends one more than may wait away at once, with a time to come back', async () => {
    const queue = createImportQueue({ concurrency: 1, maxWaitSeconds: 7, maxWaiting: 1 });
    const held = heldWork();
    const running = queue.run(held.work);
    const waiting = queue.run(async () => {});
    expect(queue.hasRoom()).toBe(false);
    const refused = queue.run(async () => {}).catch((error: AppError) => error);
    expect(await refused).toMatchObject({ code: 'import_busy', members: { retryAfterSeconds: 7 } });
    held.finish();
    await Promise.all([running, waiting]);
    expect(queue.hasRoom()).toBe(true);
  });

  it('gives up waiting after its time and frees the place it waited in', async () => {
    const queue = createImportQueue({ concurrency: 1, maxWaitSeconds: 0.05, maxWaiting: 1 });
    const held = heldWork();
    const running = queue.run(held.work);
    expect(await codeOf(queue.run(async () => {}))).toBe('import_busy');
    expect(queue.hasRoom()).toBe(true);
    held.finish();
    await running;
    expect(await codeOf(queue.run(async () => {}))).toBe('done');
  });

  it('frees its place when the import fails', async () => {
    const queue = createImportQueue({ concurrency: 1, maxWaitSeconds: 10, maxWaiting: 0 });
    expect(
      await codeOf(
        queue.run(async () => {
          throw new AppError('import_rejected');
        }),
      ),
    ).toBe('import_rejected');
    expect(await codeOf(queue.run(async () => {}))).toBe('done');
  });
});
