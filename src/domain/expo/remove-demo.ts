import type { Database } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/http/errors.ts';
import { can } from '../accounts/permissions.ts';
import { recordAudit } from '../audit/service.ts';
import type { WriteContext } from './exhibitors.ts';
import { assertExpoExists } from './exhibitors.ts';
import { createExpoDemoRepository } from './demo-repository.ts';

export type RemovedDemo = { halls: number; exhibitors: number; buyerInterests: number };

/**
 * Before the real expo the administrator removes the invented floor, exhibitors and buyers at
 * once; booths and assignments go with their halls and exhibitors. The seed log keeps them gone.
 */
export async function removeDemoExpo(db: Database, context: WriteContext, expoId: string): Promise<RemovedDemo> {
  if (!can(context.actor, 'demo.remove')) throw new AppError('forbidden');
  await assertExpoExists(db, expoId);
  return inTransaction(db, async (tx) => {
    const removed = await createExpoDemoRepository(tx).deleteDemo(expoId);
    await recordAudit(tx, context.audit, {
      action: 'expo.remove_demo',
      entityType: 'expo',
      entityId: expoId,
      after: removed,
    });
    return removed;
  });
}
