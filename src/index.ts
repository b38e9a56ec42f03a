/**
 * hd-cockpit — everything: defines every element and exports the REST adapter, renderers,
 * events and the runtime parts of the types. Per-element entries (`hd-cockpit/inbox`, ...) exist
 * for smaller bundles. The CDN bundle (`dist/cdn/hd-cockpit.js`) is this module with lit & co
 * inlined. The memory adapter and demo data live in `hd-cockpit/adapters/memory` and
 * `hd-cockpit/mocks` only, so they never weigh on a production bundle (docs/decisions.md).
 */
export * from './adapter/types.js';
export * from './adapter/context.js';
export * from './events/index.js';
export * from './actions/action-executor.js';
export * from './model/flags.js';
export * from './model/state-store.js';
export * from './model/bulk.js';
export * from './model/sla.js';
export * from './model/views.js';
export { THEMES, themesCss, adoptThemes, type ThemeName } from './tokens/themes.js';
// the provider first: elements already in the page then find it when they upgrade (elements
// upgraded before it also get their context, through the ContextRoot in adapter/context.ts)
export * from './components/provider/define.js';
export { HdElement, NO_ADAPTER_MESSAGE } from './components/base/hd-element.js';
export { sanitizeEmailHtml } from './security/sanitize.js';
export { preloadLocale } from './i18n/index.js';
export * from './components/inbox/define.js';
export * from './components/ticket-peek/define.js';
export * from './components/composer/define.js';
export * from './components/customer-history/define.js';
export * from './components/cockpit/define.js';
export { createRestAdapter, type RestAdapterOptions } from './adapter/rest/index.js';
