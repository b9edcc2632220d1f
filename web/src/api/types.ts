import type { z } from 'zod';
import type * as accounts from '../../../src/domain/accounts/schema.ts';
import type * as announcements from '../../../src/domain/announcements/schema.ts';
import type * as badges from '../../../src/domain/badges/schema.ts';
import type * as dashboard from '../../../src/domain/dashboard/schema.ts';
import type * as attachments from '../../../src/domain/catalogue/attachment-schema.ts';
import type * as catalogue from '../../../src/domain/catalogue/schema.ts';
import type * as expo from '../../../src/domain/expo/schema.ts';
import type * as provinces from '../../../src/domain/provinces/schema.ts';
import type * as summit from '../../../src/domain/summit/schema.ts';
import type * as programme from '../../../src/domain/programme/schema.ts';
import type * as taxonomy from '../../../src/domain/taxonomy/schema.ts';
import type * as delegations from '../../../src/domain/delegations/schema.ts';
import type * as transit from '../../../src/domain/transit/schema.ts';
import type { SourcedFact as ServerSourcedFact } from '../../../src/platform/i18n/localized-text.ts';
import type { Role as ServerRole } from '../../../src/platform/identity/roles.ts';
export { ROLES } from '../../../src/platform/identity/roles.ts';
export {
  CURRENCIES,
  ITEM_KINDS,
  ORGANISATION_TYPES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
} from '../../../src/domain/catalogue/model.ts';
export {
  DELEGATION_ROLES,
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  PUBLIC_ROLES,
} from '../../../src/domain/delegations/model.ts';

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
export type CreatedInvite = z.infer<typeof accounts.CreatedInvite>;
export type TaxonomyNode = z.infer<typeof taxonomy.TaxonomyNodeView>;
export type CatalogueItem = z.infer<typeof catalogue.ItemView>;
export type WrittenItem = z.infer<typeof catalogue.WrittenItemView>;
export type WriteWarning = WrittenItem['warnings'][number];
export type UpdateItemRequest = z.input<typeof catalogue.UpdateItemRequest>;
export type ItemStatus = CatalogueItem['status'];
export type Attachment = z.infer<typeof attachments.AttachmentView>;
export type Dashboard = z.infer<typeof dashboard.DashboardView>;
export type AnnouncementInbox = z.infer<typeof announcements.AnnouncementInbox>;
export type InboxAnnouncement = AnnouncementInbox['announcements'][number];
export type PostedAnnouncement = z.infer<typeof announcements.PostedAnnouncementView>;
export type PostAnnouncementRequest = z.input<typeof announcements.PostAnnouncementRequest>;
export type Audience = z.infer<typeof announcements.AudienceSchema>;
export type Exhibitor = z.infer<typeof expo.ExhibitorView>;
export type ExhibitorPage = z.infer<typeof expo.ExhibitorPage>;
export type ExpoFloor = z.infer<typeof expo.FloorView>;
export type FloorHall = ExpoFloor['halls'][number];
export type FloorBooth = FloorHall['booths'][number];
export type BuyerInterest = z.infer<typeof expo.BuyerInterestView>;
export type CreateBuyerInterestRequest = z.input<typeof expo.CreateBuyerInterestRequest>;
export type DelegationSummary = z.infer<typeof delegations.DelegationSummaryView>;
export type Registration = z.infer<typeof delegations.RegistrationView>;
export type PublicRegistration = z.infer<typeof delegations.PublicRegistrationView>;
export type RegistrationRequest = z.input<typeof delegations.RegistrationRequest>;
export type MemberRequest = z.input<typeof delegations.MemberRequest>;
export type ParticipantRole = Registration['role'];
export type ParticipantStatus = Registration['status'];
export type BadgeRosterEntry = z.infer<typeof badges.BadgeRosterEntry>;
export type CheckInResult = z.infer<typeof badges.CheckInView>;
export type EditionSummary = z.infer<typeof summit.EditionView>;
export type CreateEditionRequest = z.input<typeof summit.CreateEditionRequest>;
export type CreatedEdition = z.infer<typeof summit.CreatedEditionView>;
export type Room = z.infer<typeof programme.RoomView>;
export type ProgrammeSession = z.infer<typeof programme.SessionView>;
export type Programme = z.infer<typeof programme.ProgrammeView>;
export type CreateSessionRequest = z.input<typeof programme.CreateSessionRequest>;
/** What a timetable conflict's problem adds to the usual members: the session in the way. */
export type ConflictProblem = { conflict?: z.infer<typeof programme.SessionConflict> };
export { ROOM_EQUIPMENT, SESSION_KINDS } from '../../../src/domain/programme/model.ts';

export type TransitNetwork = z.infer<typeof transit.NetworkResponse>;
export type TransitNode = z.infer<typeof transit.NodeView>;
export type TransitLeg = z.infer<typeof transit.LegView>;
export type TransitParameters = z.infer<typeof transit.ParametersResponse>;
export type TransitParameter = z.infer<typeof transit.ParameterView>;
export type TransitScenario = z.infer<typeof transit.ScenarioView>;
export type TransitScenarioRequest = z.input<typeof transit.ScenarioRequest>;
export type CreateTransitNodeRequest = z.input<typeof transit.CreateNodeRequest>;
export type CreateTransitLegRequest = z.input<typeof transit.CreateLegRequest>;
export type TransitRoutes = z.infer<typeof transit.RoutesResponse>;
export type TransitRoute = TransitRoutes['routes'][number];
export {
  BLOCK_REASONS,
  CARGO_TYPES,
  LEG_STATUSES,
  NODE_KINDS,
  PENALTY_KINDS,
  ROUTE_BESTS,
  TRANSIT_MODES,
} from '../../../src/domain/transit/model.ts';
