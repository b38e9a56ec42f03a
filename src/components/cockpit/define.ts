import { HdCockpit } from './cockpit.js';

export { HdCockpit };
if (!customElements.get('hd-cockpit')) customElements.define('hd-cockpit', HdCockpit);

declare global {
  interface HTMLElementTagNameMap {
    'hd-cockpit': HdCockpit;
  }
}
