import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Participant } from './model.ts';
import { participants } from './tables.ts';

/** The columns every reader outside the secretariat may see: never the phone or the decision notes. */
export const participantColumns = {
  id: participants.id,
  editionId: participants.editionId,
  delegationId: participants.delegationId,
  role: participants.role,
  nameNative: participants.nameNative,
  nameLatin: participants.nameLatin,
  nameLanguage: participants.nameLanguage,
  position: participants.position,
  organisation: participants.organisation,
  countryCode: participants.countryCode,
  provinceId: participants.provinceId,
  email: participants.email,
  languages: participants.languages,
  status: participants.status,
  userId: participants.userId,
  isDemo: participants.isDemo,
};

export function createParticipantsRepository(db: Executor) {
  return {
    async find(id: string): Promise<Participant | null> {
      const [row] = await db.select(participantColumns).from(participants).where(eq(participants.id, id));
      return row ?? null;
    },
  };
}
