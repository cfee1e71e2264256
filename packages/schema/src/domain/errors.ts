// What services throw when a request cannot be served: plain errors, no GraphQL. The API layer maps
// each to its contract code (graphql/format-error.ts); tests and logs read the same fields.
import { ErrorCode } from "../errors";

/** A refusal the client is told about: a contract code, a human message and, for bad input, the field at fault. */
export abstract class DomainError extends Error {
  protected constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The error as the contract tells it: `{ code }`, or `{ code, field }` for a field at fault. */
  get extensions(): { code: ErrorCode; field?: string } {
    return this.field ? { code: this.code, field: this.field } : { code: this.code };
  }
}

/** A value the client sent that the rules refuse, named by its input field. */
export class BadInput extends DomainError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field);
  }
}

/** Nothing the viewer may see by that id or name; `what` is its kind ("Offer"). */
export class NotFound extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found.`);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = "Sign in first.") {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = "You are not allowed to do this.") {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** A unique thing that exists already; `field` names the input that collides, when one does. */
export class AlreadyExists extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.ALREADY_EXISTS, message, field);
  }
}

export class InsufficientFunds extends DomainError {
  constructor(message: string) {
    super(ErrorCode.INSUFFICIENT_FUNDS, message);
  }
}

export class InvalidTransition extends DomainError {
  constructor(message: string) {
    super(ErrorCode.INVALID_TRANSITION, message);
  }
}

export class AffiliateDisabled extends DomainError {
  constructor(message: string) {
    super(ErrorCode.AFFILIATE_DISABLED, message);
  }
}

/** The request contradicts what was saved before (an order, an idempotency key). */
export class Conflict extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class RateLimited extends DomainError {
  constructor(message: string) {
    super(ErrorCode.RATE_LIMITED, message);
  }
}
