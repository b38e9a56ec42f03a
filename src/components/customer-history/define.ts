import { HdCustomerHistory } from './customer-history.js';

export { HdCustomerHistory };
export {
  renderCustomerHistory,
  customerHistoryText,
  type RenderCustomerHistoryOptions,
  type CustomerHistoryTextOptions,
  type CustomerHistoryVariant,
} from './render.js';
if (!customElements.get('hd-customer-history'))
  customElements.define('hd-customer-history', HdCustomerHistory);

declare global {
  interface HTMLElementTagNameMap {
    'hd-customer-history': HdCustomerHistory;
  }
}
