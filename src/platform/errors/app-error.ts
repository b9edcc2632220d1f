import { type ErrorCode, type ErrorKind, kindOf } from './error-codes.ts';
import type { MessageParams } from './message-params.ts';

/** One field a refusal is about: its dotted path in the request, a reason code and the message's parameters. */
export type FieldError = { path: string; code: string; params?: MessageParams };

export type AppErrorDetails = {
  /** One entry per field at fault: validation, the cells of an import. */
  fieldErrors?: readonly FieldError[];
  /** The one request field a business refusal concerns (an e-mail already taken), so a form shows it there. */
  field?: string;
  /** Machine-readable facts a client acts on, sent as extension members of the problem (the session in the way). */
  members?: Readonly<Record<string, unknown>>;
};

/**
 * Thrown by a use case that cannot go on. It names a code from the closed list, the parameters
 * its message needs, and the fields it concerns; it knows nothing of HTTP.
 */
export class AppError extends Error {
  readonly fieldErrors: readonly FieldError[];
  readonly members: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    details: AppErrorDetails = {},
  ) {
    super(code);
    this.name = 'AppError';
    const fieldErrors = details.fieldErrors ?? [];
    this.fieldErrors = details.field ? [{ path: details.field, code }, ...fieldErrors] : fieldErrors;
    this.members = details.members ?? {};
  }

  get kind(): ErrorKind {
    return kindOf(this.code);
  }
}

/** The request is well-formed but these fields are not acceptable. */
export function invalidFields(fieldErrors: readonly FieldError[]): AppError {
  return new AppError('validation_failed', {}, { fieldErrors });
}
