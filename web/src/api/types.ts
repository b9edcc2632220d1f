import type { z } from 'zod';
import type * as accounts from '../../../src/domain/accounts/schema.ts';
import type * as audit from '../../../src/domain/audit/schema.ts';
import type * as provinces from '../../../src/domain/provinces/schema.ts';
import type * as summit from '../../../src/domain/summit/schema.ts';
import type * as taxonomy from '../../../src/domain/taxonomy/schema.ts';
import type { SourcedFact as ServerSourcedFact } from '../../../src/platform/i18n/localized-text.ts';
import type { Role as ServerRole } from '../../../src/domain/accounts/roles.ts';
export { ROLES } from '../../../src/domain/accounts/roles.ts';

/** Response shapes come from the server's zod schemas: one source for the API and the pages. */
export type SourcedFact = ServerSourcedFact;
export type ProvinceSummary = z.infer<typeof provinces.ProvinceSummaryView>;
export type Port = z.infer<typeof provinces.PortView>;
export type ProvinceDetail = z.infer<typeof provinces.ProvinceDetailView>;
export type EditionDetail = z.infer<typeof summit.EditionDetailView>;
export type Panel = EditionDetail['panels'][number];
export type Speaker = EditionDetail['speakers'][number];
export type Expo = EditionDetail['expos'][number];
export type Role = ServerRole;
export type User = z.infer<typeof accounts.UserView>;
export type SessionView = z.infer<typeof accounts.SessionView>;
export type Invite = z.infer<typeof accounts.InviteView>;
export type CreatedInvite = z.infer<typeof accounts.CreatedInvite>;
export type AuditEntry = z.infer<typeof audit.AuditEntryView>;
export type TaxonomyNode = z.infer<typeof taxonomy.TaxonomyNodeView>;
