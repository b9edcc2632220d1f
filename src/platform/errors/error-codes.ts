/**
 * Every error the platform can answer with, and what kind of refusal it is. The closed list is the
 * contract: clients switch on `code`, people read the translated title and detail. A kind says what
 * went wrong in the domain's words; only `platform/http` turns a kind into a status.
 */
export const ERROR_KINDS = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'gone',
  'too_large',
  'unsupported_type',
  'unprocessable',
  'too_long_address',
  'too_large_headers',
  'timed_out',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const ERROR_KIND_OF_CODE = {
  validation_failed: 'invalid',
  malformed_json: 'invalid',
  // Only JSON bodies are accepted on the API; a form post from another site never gets this far.
  unsupported_media_type: 'unsupported_type',
  payload_too_large: 'too_large',
  // A percent-encoding that is not UTF-8 (`%ED%A0%80`): the address cannot even be read.
  malformed_url: 'invalid',
  // A path parameter longer than the router takes: no identifier of the API is that long.
  url_too_long: 'too_long_address',
  // Node refuses the request line and headers past its limit before the router sees them.
  headers_too_large: 'too_large_headers',
  request_timeout: 'timed_out',
  // Bytes that are not HTTP: refused by Node's parser before any route.
  malformed_request: 'invalid',
  route_not_found: 'not_found',
  method_not_allowed: 'method_not_allowed',
  not_authenticated: 'unauthenticated',
  invalid_credentials: 'unauthenticated',
  forbidden: 'forbidden',
  csrf_token_invalid: 'forbidden',
  account_disabled: 'forbidden',
  // Too many failed sign-ins for one e-mail or from one address within the window.
  too_many_attempts: 'rate_limited',
  // Too many requests of one kind from one address or user in a window (public registration, invitations).
  rate_limited: 'rate_limited',
  // A password that a guesser tries early: common, repeated characters, a keyboard walk.
  password_too_weak: 'invalid',
  invite_not_found: 'not_found',
  invite_expired: 'gone',
  invite_already_used: 'conflict',
  email_taken: 'conflict',
  province_not_found: 'not_found',
  edition_not_found: 'not_found',
  user_not_found: 'not_found',
  problem_type_not_found: 'not_found',
  taxonomy_node_not_found: 'not_found',
  taxonomy_parent_not_found: 'not_found',
  taxonomy_code_taken: 'conflict',
  // A subcategory cannot be added to, or brought back under, a retired sector.
  taxonomy_parent_retired: 'conflict',
  // A subcategory's code must start with its sector's code.
  taxonomy_parent_mismatch: 'invalid',
  item_not_found: 'not_found',
  // Drafts are published, published items archived, archived ones published again; nothing else.
  invalid_status_transition: 'conflict',
  attachment_not_found: 'not_found',
  attachment_too_large: 'too_large',
  // The file's content, not its name or declared type, decides what it is.
  attachment_type_not_allowed: 'unsupported_type',
  import_file_unreadable: 'invalid',
  // An import stores every row or none: one bad row rejects the file, with a report per row and column.
  import_rejected: 'unprocessable',
  // The file holds more than one import reads (rows, columns, cell length), or its archive unpacks
  // to more than a workbook may: refused while reading, or before anything is inflated.
  import_too_large: 'too_large',
  // Imports take turns on each instance; this one did not get its turn in time and may try again.
  import_busy: 'unavailable',
  edition_id_taken: 'conflict',
  // Publishing needs every field the public site shows, in the required languages, and an expo that is
  // this edition's own (renamed, within the summit days); the problem names every field at fault.
  edition_incomplete: 'unprocessable',
  edition_already_published: 'conflict',
  room_not_found: 'not_found',
  session_not_found: 'not_found',
  // A room holds one session at a time; the problem names the session already there.
  room_double_booked: 'conflict',
  // A moderator or speaker cannot be in two sessions at once.
  person_double_booked: 'conflict',
  // Sessions take place between the first and the last day of their edition.
  session_outside_edition: 'unprocessable',
  // Every seat the session offers is reserved.
  session_full: 'conflict',
  participant_not_found: 'not_found',
  delegation_not_found: 'not_found',
  // Registration closes at the edition's deadline, or when it ends.
  registration_closed: 'conflict',
  // A delegation brings at most its limit of people, in total and per role.
  delegation_full: 'conflict',
  // A delegation has one head at a time.
  delegation_head_taken: 'conflict',
  // One live registration per e-mail and edition.
  participant_email_taken: 'conflict',
  // Only a pending registration is approved or rejected.
  registration_already_decided: 'conflict',
  visa_request_not_found: 'not_found',
  // Badges, seats and check-ins are for approved participants only.
  participant_not_approved: 'conflict',
  badge_not_found: 'not_found',
  // The token's signature does not match: it was typed wrong or forged.
  badge_token_invalid: 'invalid',
  // A revoked badge stays refused even though its signature is genuine.
  badge_revoked: 'gone',
  exhibitor_not_found: 'not_found',
  expo_not_found: 'not_found',
  hall_not_found: 'not_found',
  booth_not_found: 'not_found',
  // One exhibitor per booth, enforced by the database's primary key.
  booth_taken: 'conflict',
  // Booths of one hall may not overlap, nor leave the hall.
  booth_overlaps: 'conflict',
  // Booth codes are unique within their hall: visitors find a booth by its code.
  booth_code_taken: 'conflict',
  buyer_interest_not_found: 'not_found',
  announcement_not_found: 'not_found',
  // A route's from/to is neither a node of the transit network nor a province on it.
  transit_place_not_found: 'not_found',
  transit_same_place: 'unprocessable',
  transit_node_not_found: 'not_found',
  transit_leg_not_found: 'not_found',
  transit_node_exists: 'conflict',
  transit_leg_exists: 'conflict',
  transit_leg_unknown_node: 'unprocessable',
  transit_parameter_not_found: 'not_found',
  // Bounds reject the absurd (a speed of 0, a negative cost), not the merely unusual.
  transit_parameter_out_of_range: 'unprocessable',
  transit_drafts_inconsistent: 'unprocessable',
  transit_scenario_not_found: 'not_found',
  transit_scenario_unknown_reference: 'unprocessable',
  // A scenario must leave at least one leg of the network usable.
  transit_scenario_closes_everything: 'unprocessable',
  // The problem lists the legs that stand in the way (closed, planned, iced, too shallow).
  transit_no_route: 'unprocessable',
  // A cursor only pages on through the query that gave it.
  search_cursor_invalid: 'invalid',
  // Expressions of interest: once per party and item, never to one's own side, only on published items.
  interest_sender_unknown: 'forbidden',
  interest_item_not_open: 'conflict',
  interest_own_province: 'conflict',
  interest_duplicate: 'conflict',
  interest_not_found: 'not_found',
  interest_already_answered: 'conflict',
  // Meetings: requests between two sides, the schedule, and what the database decides under a race.
  meeting_request_not_found: 'not_found',
  meeting_not_found: 'not_found',
  meeting_slot_not_found: 'not_found',
  meeting_room_not_found: 'not_found',
  interpreter_not_found: 'not_found',
  // Not with oneself, nor with one's own delegation: they meet without the summit's help.
  meeting_request_to_own_side: 'unprocessable',
  meeting_day_outside_edition: 'unprocessable',
  // One open request per pair of sides, enforced by a unique index.
  meeting_request_duplicate: 'conflict',
  // Open requests a person is named in per day, by role, from the edition's meeting settings.
  meeting_quota_exceeded: 'conflict',
  // A G2G side is its approved head and the members named for it; with neither it has nobody to send.
  meeting_side_empty: 'unprocessable',
  meeting_person_not_in_delegation: 'unprocessable',
  meeting_request_already_answered: 'conflict',
  // Who attends and on which days cannot change under a meeting already in the schedule.
  meeting_request_scheduled: 'conflict',
  // Lost a race on a person's, room's or interpreter's slot: the bookings' primary keys decide.
  meeting_slot_taken: 'conflict',
  // The scheduler's own rules refuse the place; the problem lists each reason and what is in the way.
  meeting_move_refused: 'conflict',
  meeting_lock_conflict: 'conflict',
  // The slots cannot be laid out anew while meetings stand in them.
  meeting_settings_in_use: 'conflict',
  meeting_outcome_too_early: 'conflict',
  // Windows that would leave out a meeting people were told of, or one the secretariat locked.
  availability_clashes_meetings: 'conflict',
  // A room or interpreter change that would leave a meeting without its room's kind, seats or languages.
  meeting_room_in_use: 'conflict',
  interpreter_in_use: 'conflict',
  saved_searches_full: 'conflict',
  saved_search_not_found: 'not_found',
  // A unique index refused the write and no use case named the clash more precisely: usually two
  // requests racing to create or accept the same thing, where the loser learns it already exists.
  already_exists: 'conflict',
  // The instance is stopping for a restart: a load balancer or the client sends the request elsewhere or again.
  shutting_down: 'unavailable',
  database_unavailable: 'unavailable',
  // Readiness: the database is unreachable, behind this version's migrations or not yet seeded.
  instance_not_ready: 'unavailable',
  // A page asked for while npm start is still building the web app (its first start, or after an update).
  web_app_building: 'unavailable',
  internal_error: 'internal',
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_KIND_OF_CODE;
export const ERROR_CODES = Object.keys(ERROR_KIND_OF_CODE) as ErrorCode[];

/** Own keys only: `constructor` or `__proto__` is no code, whatever the object's prototype holds. */
export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_KIND_OF_CODE, value);
}

export function kindOf(code: ErrorCode): ErrorKind {
  return ERROR_KIND_OF_CODE[code];
}
