import { type Loadable, type ReadData, useApi } from '../api/use-api.ts';

const PARTICIPANTS = '/api/editions/{editionId}/meetings/participants';

/**
 * An approved participant of the edition as a business meeting request names them. `canActFor`
 * marks the reader's own people (their account's participant records and, for a delegation's
 * office, its delegation's; everyone for the secretariat), who may attend on the asking side.
 */
export type MeetingParticipant = ReadData<typeof PARTICIPANTS>['people'][number];

/** Loads the people a business meeting may be asked with, once an edition is given; null waits. */
export function useMeetingParticipants(editionId: string | null): Loadable<MeetingParticipant[]> {
  const loaded = useApi(editionId ? PARTICIPANTS : null, { params: { path: { editionId: editionId ?? '' } } });
  return { ...loaded, data: loaded.data?.people ?? null };
}
