import { HdComposer } from './composer.js';

export { HdComposer };
export {
  routeMessage,
  draftKey,
  COMPOSER_MODES,
  type ComposerMode,
  type Route,
} from './routing.js';
export { noteConfirmation } from './parts.js';
if (!customElements.get('hd-composer')) customElements.define('hd-composer', HdComposer);

declare global {
  interface HTMLElementTagNameMap {
    'hd-composer': HdComposer;
  }
}
