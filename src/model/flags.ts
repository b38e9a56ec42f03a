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

/**
 * Converter for `feature-*` attributes: present = on, `="false"` / `="off"` / `="0"` = off,
 * absent = the default. Frameworks such as Vue write a `false` binding as the string "false".
 */
export const flagAttribute = {
  fromAttribute: (value: string | null): boolean | undefined =>
    value === null ? undefined : !['false', 'off', '0'].includes(value.trim().toLowerCase()),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : value ? '' : 'false'),
};
