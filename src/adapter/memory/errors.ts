import { AdapterError, type AdapterErrorCode } from '../types.js';

/**
 * Agent-facing default messages per error code. The UI shows `AdapterError.message` verbatim,
 * so adapters should use these (or something equally clear) when the backend gives no better
 * text.
 */
export const DEFAULT_ERROR_MESSAGES: Readonly<Record<AdapterErrorCode, string>> = {
  no_email_account: 'No email account is configured',
  no_contact_email: 'This ticket has no contact email address',
  dispatch_failed: 'The message could not be delivered. Try again.',
  network: 'Network error. Check your connection and try again.',
  forbidden: "You don't have permission to do that",
  not_found: 'Not found',
  conflict: 'Ticket was changed by someone else',
  validation: 'Some values are not valid',
  unavailable: 'The helpdesk service is unavailable. Try again in a moment.',
};

/** The rejection of an aborted read. */
export function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

export const notFound = (what: string): AdapterError =>
  new AdapterError('not_found', `${what} not found`);

export const invalid = (message: string): AdapterError => new AdapterError('validation', message);
