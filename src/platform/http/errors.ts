/**
 * Every error the API can answer with, and its HTTP status. The closed list is the contract:
 * clients switch on `code`, people read the translated title and detail.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  // Only JSON bodies are accepted on the API; a form post from another site never gets this far.
  unsupported_media_type: 415,
  payload_too_large: 413,
  route_not_found: 404,
  method_not_allowed: 405,
  not_authenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_token_invalid: 403,
  account_disabled: 403,
  // Too many failed sign-ins for one e-mail or from one address within the window.
  too_many_attempts: 429,
  invite_not_found: 404,
  invite_expired: 410,
  invite_already_used: 409,
  email_taken: 409,
  province_not_found: 404,
  edition_not_found: 404,
  user_not_found: 404,
  problem_type_not_found: 404,
  taxonomy_node_not_found: 404,
  taxonomy_parent_not_found: 404,
  taxonomy_code_taken: 409,
  // A subcategory cannot be added to, or brought back under, a retired sector.
  taxonomy_parent_retired: 409,
  // A subcategory's code must start with its sector's code.
  taxonomy_parent_mismatch: 400,
  item_not_found: 404,
  // Drafts are published, published items archived, archived ones published again; nothing else.
  invalid_status_transition: 409,
  attachment_not_found: 404,
  attachment_too_large: 413,
  // The file's content, not its name or declared type, decides what it is.
  attachment_type_not_allowed: 415,
  import_file_unreadable: 400,
  // An import stores every row or none: one bad row rejects the file, with a report per row and column.
  import_rejected: 422,
  edition_id_taken: 409,
  room_not_found: 404,
  session_not_found: 404,
  // A room holds one session at a time; the problem names the session already there.
  room_double_booked: 409,
  // A moderator or speaker cannot be in two sessions at once.
  person_double_booked: 409,
  // Sessions take place between the first and the last day of their edition.
  session_outside_edition: 422,
  // Every seat the session offers is reserved.
  session_full: 409,
  participant_not_found: 404,
  delegation_not_found: 404,
  // Registration closes at the edition's deadline, or when it ends.
  registration_closed: 409,
  // A delegation brings at most its limit of people, in total and per role.
  delegation_full: 409,
  // A delegation has one head at a time.
  delegation_head_taken: 409,
  // One live registration per e-mail and edition.
  participant_email_taken: 409,
  // Only a pending registration is approved or rejected.
  registration_already_decided: 409,
  visa_request_not_found: 404,
  // Badges, seats and check-ins are for approved participants only.
  participant_not_approved: 409,
  badge_not_found: 404,
  // The token's signature does not match: it was typed wrong or forged.
  badge_token_invalid: 400,
  // A revoked badge stays refused even though its signature is genuine.
  badge_revoked: 410,
  exhibitor_not_found: 404,
  expo_not_found: 404,
  hall_not_found: 404,
  booth_not_found: 404,
  // One exhibitor per booth, enforced by the database's primary key.
  booth_taken: 409,
  // Booths of one hall may not overlap, nor leave the hall.
  booth_overlaps: 409,
  // Booth codes are unique within their hall: visitors find a booth by its code.
  booth_code_taken: 409,
  buyer_interest_not_found: 404,
  announcement_not_found: 404,
  // A route's from/to is neither a node of the transit network nor a province on it.
  transit_place_not_found: 404,
  transit_same_place: 422,
  transit_node_not_found: 404,
  transit_leg_not_found: 404,
  transit_node_exists: 409,
  transit_leg_exists: 409,
  transit_leg_unknown_node: 422,
  transit_parameter_not_found: 404,
  // Bounds reject the absurd (a speed of 0, a negative cost), not the merely unusual.
  transit_parameter_out_of_range: 422,
  transit_drafts_inconsistent: 422,
  transit_scenario_not_found: 404,
  transit_scenario_unknown_reference: 422,
  // A scenario must leave at least one leg of the network usable.
  transit_scenario_closes_everything: 422,
  // The problem lists the legs that stand in the way (closed, planned, iced, too shallow).
  transit_no_route: 422,
  database_unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export type FieldError = { path: string; code: string; params?: Record<string, unknown> };

/** Thrown by services when a use case cannot go on; routes never build error bodies themselves. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return value in ERROR_STATUS;
}
