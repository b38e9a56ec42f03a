import { HdInbox } from './inbox.js';

export { HdInbox };
if (!customElements.get('hd-inbox')) customElements.define('hd-inbox', HdInbox);

declare global {
  interface HTMLElementTagNameMap {
    'hd-inbox': HdInbox;
  }
}
