import type { DelegationSummary, Registration } from './model.ts';
import type { VisaLetterEntry } from './visa-letters.ts';

/** How delegations and registrations travel: instants as ISO 8601, who decided kept to the server. */
export const toSummaryView = ({ heldTotal, ...delegation }: DelegationSummary) => ({
  ...delegation,
  placesLeft: Math.max(0, delegation.memberLimit - heldTotal),
});

export const toRegistrationView = ({
  userId: _userId,
  registeredBy: _registeredBy,
  decidedBy: _decidedBy,
  ...registration
}: Registration) => ({
  ...registration,
  createdAt: registration.createdAt.toISOString(),
  decidedAt: registration.decidedAt?.toISOString() ?? null,
});

/** What the public form answers: no contact or passport data. */
export const toPublicView = (registration: Registration) => ({
  id: registration.id,
  editionId: registration.editionId,
  role: registration.role,
  status: registration.status,
  nameNative: registration.nameNative,
  nameLatin: registration.nameLatin,
  delegationId: registration.delegationId,
  visaLetterRequested: registration.visaLetterRequested,
});

export const toVisaView = ({ participant, ...visa }: VisaLetterEntry) => ({
  ...visa,
  nameLatin: participant.nameLatin,
  role: participant.role,
  status: participant.status,
  provinceId: participant.provinceId,
  requestedAt: visa.requestedAt.toISOString(),
});
