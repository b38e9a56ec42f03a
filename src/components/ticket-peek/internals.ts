/**
 * Registers the peek's internal elements. Called from `define.ts` and whenever a peek connects,
 * so the tags are defined even when a bundler drops side-effect-only imports (the package's
 * `sideEffects` lists only the `define.ts` files) or a host defines `HdTicketPeek` under its own
 * tag name. Idempotent.
 */
import { HdPeekPicker } from './picker.js';
import { HdPeekThread } from './thread.js';
import { HdPeekEmailBody } from './email-body.js';
import { HdPeekSlaCard } from './cards/sla-card.js';
import { HdPeekAssetCard } from './cards/asset-card.js';
import { HdPeekSentinelCard } from './cards/sentinel-card.js';
import { HdPeekRemoteCard } from './cards/remote-card.js';
import { HdPeekSummaryCard } from './cards/summary-card.js';
import { HdPeekTimeCard } from './cards/time-card.js';
import { HdPeekRelatedCard } from './cards/related-card.js';

const INTERNAL_ELEMENTS: [string, CustomElementConstructor][] = [
  ['hd-peek-picker', HdPeekPicker],
  ['hd-peek-thread', HdPeekThread],
  ['hd-peek-email-body', HdPeekEmailBody],
  ['hd-peek-sla-card', HdPeekSlaCard],
  ['hd-peek-asset-card', HdPeekAssetCard],
  ['hd-peek-sentinel-card', HdPeekSentinelCard],
  ['hd-peek-remote-card', HdPeekRemoteCard],
  ['hd-peek-summary-card', HdPeekSummaryCard],
  ['hd-peek-time-card', HdPeekTimeCard],
  ['hd-peek-related-card', HdPeekRelatedCard],
];

export function definePeekElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, ctor] of INTERNAL_ELEMENTS) {
    if (!registry.get(tag)) registry.define(tag, ctor);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hd-peek-picker': HdPeekPicker;
    'hd-peek-thread': HdPeekThread;
    'hd-peek-email-body': HdPeekEmailBody;
    'hd-peek-sla-card': HdPeekSlaCard;
    'hd-peek-asset-card': HdPeekAssetCard;
    'hd-peek-sentinel-card': HdPeekSentinelCard;
    'hd-peek-remote-card': HdPeekRemoteCard;
    'hd-peek-summary-card': HdPeekSummaryCard;
    'hd-peek-time-card': HdPeekTimeCard;
    'hd-peek-related-card': HdPeekRelatedCard;
  }
}
