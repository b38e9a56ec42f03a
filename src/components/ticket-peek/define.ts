import { HdTicketPeek } from './peek.js';
import { definePeekElements } from './internals.js';

export { HdTicketPeek };
definePeekElements();
if (!customElements.get('hd-ticket-peek')) customElements.define('hd-ticket-peek', HdTicketPeek);

declare global {
  interface HTMLElementTagNameMap {
    'hd-ticket-peek': HdTicketPeek;
  }
}
