import { createSeededTemplate } from './test-database.ts';

let removeTemplate: (() => Promise<void>) | undefined;

/** Vitest's global setup: one seeded database for the whole run, removed when the run ends. */
export async function setup(): Promise<void> {
  removeTemplate = await createSeededTemplate(process.env.DATABASE_URL);
}

export async function teardown(): Promise<void> {
  await removeTemplate?.();
}
