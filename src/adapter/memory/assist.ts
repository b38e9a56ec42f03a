import type { AssistRequest } from '../types.js';
import type { DemoTicket } from '../../mocks/demo-types.js';
import { invalid } from './errors.js';

const firstName = (name: string) => name.replace(/^(Dr|Mr|Mrs|Ms)\. /, '').split(' ')[0];

/** Tidies text: trims, collapses blank runs, capitalises sentences' first letter, ends with a stop. */
function tidy(text: string): string {
  let out = text
    .trim()
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(^|[.!?]\s+)([a-z])/g, (_m, lead: string, ch: string) => lead + ch.toUpperCase())
    .replace(/(^|\s)i(?=[\s'])/g, '$1I');
  if (!/[.!?]$/.test(out)) out += '.';
  return out;
}

/**
 * The memory adapter's canned "AI" assist: deterministic drafts from the ticket, and a tidy-up
 * for refinements (greeting and sign-off added to replies that lack them).
 */
export function assistText(req: AssistRequest, ticket: DemoTicket, agentName: string): string {
  const name = firstName(ticket.contactName);
  if (req.mode === 'draft') {
    if (req.target === 'note') {
      return `Summary: ${ticket.contactName} reports "${ticket.subject}". Status ${ticket.status}, priority ${ticket.priority}.\nNext step: reproduce, then update the customer.`;
    }
    return `Hi ${name},\n\nThanks for getting in touch about "${ticket.subject}". I'm looking into it now and will update you as soon as I know more.\n\nBest regards,\n${agentName}`;
  }
  if (!req.text?.trim()) throw invalid('Nothing to refine yet: write a draft first');
  const body = tidy(req.text);
  if (req.target === 'note') return body;
  const greeting = /^(hi|hello|dear|good (morning|afternoon|evening))\b/i.test(body)
    ? ''
    : `Hi ${name},\n\n`;
  const signOff = /(regards|thanks|cheers|best),?\s*\n?[^\n]*$/i.test(body)
    ? ''
    : `\n\nBest regards,\n${agentName}`;
  return `${greeting}${body}${signOff}`;
}
