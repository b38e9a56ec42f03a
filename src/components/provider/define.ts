import { HdProvider } from './provider.js';

export { HdProvider };
if (!customElements.get('hd-provider')) customElements.define('hd-provider', HdProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hd-provider': HdProvider;
  }
}
