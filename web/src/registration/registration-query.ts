import type { paths } from '../../generated/api-types.ts';
import type { ParticipantRole, ParticipantStatus } from '../api/types.ts';

/** The registration list's filters as the secretariat chose them; an empty string means "any". */
export type RegistrationFilterValues = {
  status: ParticipantStatus | '';
  role: ParticipantRole | '';
  provinceId: string;
  countryCode: string;
  text: string;
};
export const NO_FILTERS: RegistrationFilterValues = { status: '', role: '', provinceId: '', countryCode: '', text: '' };

/** The query of the registration list (and of its export), as the server's schema says. */
export type RegistrationQuery = NonNullable<
  paths['/api/editions/{editionId}/registrations']['get']['parameters']['query']
>;

/** The filters as the list's query: the empty ones left out, since the server refuses an empty value. */
export function registrationQuery(filters: RegistrationFilterValues): RegistrationQuery {
  const query: RegistrationQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.role) query.role = filters.role;
  if (filters.provinceId) query.provinceId = filters.provinceId;
  if (filters.countryCode) query.countryCode = filters.countryCode;
  if (filters.text.trim() !== '') query.text = filters.text;
  return query;
}

/** The same query as a string, for the export: a file download, so a plain link rather than a call of the client. */
export function exportQueryString(query: RegistrationQuery): string {
  const search = new URLSearchParams(Object.entries(query)).toString();
  return search ? `?${search}` : '';
}
