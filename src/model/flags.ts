/** Feature flags with the product spec's defaults. */
export interface Flags {
  /** `<hd-inbox>` renders; when off it shows its `legacy` slot and makes no adapter calls. */
  agentInbox: boolean;
  /** The peek pins the customer-history card atop the thread for customers with history. */
  customerHistoryPin: boolean;
}

export const DEFAULT_FLAGS: Readonly<Flags> = Object.freeze({
  agentInbox: false,
  customerHistoryPin: true,
});
