import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { expos } from '../summit/tables.ts';

/** A fresh expo for a test file, a copy of the seeded 2025 expo, so the demo exhibitors stay out of its counts. */
export async function createTestExpo(db: Database, id: string): Promise<string> {
  const [source] = await db.select().from(expos).where(eq(expos.id, 'caspian-expo-2025'));
  await db.insert(expos).values({ ...source!, id });
  return id;
}
