/**
 * hd-cockpit — everything: defines every element and exports adapters, renderers, events and
 * types. Per-element entries (`hd-cockpit/inbox`, ...) exist for smaller bundles.
 */
export * from './adapter/types.js';
export * from './adapter/context.js';
export * from './events/index.js';
export * from './actions/action-executor.js';
export * from './model/flags.js';
export * from './model/state-store.js';
export * from './model/bulk.js';
export { THEMES, themesCss, adoptThemes, type ThemeName } from './tokens/themes.js';
export { HdElement, NO_ADAPTER_MESSAGE } from './components/base/hd-element.js';
export * from './components/provider/define.js';
