import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { WriteContext } from '../../platform/context/request-context.ts';
import { requirePermission } from '../../platform/identity/permissions.ts';
import { createExpoDemoRepository } from './demo-repository.ts';
import { assertExpoExists } from './exhibitors.ts';
import { removeFromIndex } from '../search/index-documents.ts';

export type RemovedDemo = { halls: number; exhibitors: number; buyerInterests: number };

/**
 * Before the real expo the administrator removes the invented floor, exhibitors and buyers at
 * once; booths and assignments go with their halls and exhibitors. The seed log keeps them gone.
 */
export async function removeDemoExpo(context: WriteContext, expoId: string): Promise<RemovedDemo> {
  requirePermission(context.actor, 'demo.remove');
  await assertExpoExists(context, expoId);
  const { exhibitorIds, ...rest } = await createExpoDemoRepository(context.db).deleteDemo(expoId);
  const removed = { ...rest, exhibitors: exhibitorIds.length };
  await recordAudit(context, 'expo.remove_demo', 'expo', expoId, { after: removed });
  await removeFromIndex(context, 'exhibitor', exhibitorIds);
  return removed;
}
