/**
 * `<hd-peek-picker>`: the header's inline-edit control — a button named "<Label>: <value>" that
 * opens a listbox popover positioned with @floating-ui/dom (base/anchor.ts). Keyboard: Enter / Space / ArrowDown
 * on the button opens it with focus on the selected option; ArrowUp / ArrowDown / Home / End
 * move; Enter / Space choose; Escape closes only the popover (the peek stays open) and returns
 * focus to the button; Tab closes it and moves on. A pointer press outside closes it.
 *
 * Internal to the peek (not part of the public contract).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles } from '../../tokens/host-styles.js';
import { anchorFloating, fitHeight } from '../base/anchor.js';
import { isTabKey } from '../base/keys.js';

export interface PickerOption {
  value: string;
  label: string;
}

/** A choice was made (not composed: only the peek listens). */
export class PickerChangeEvent extends Event {
  static readonly eventName = 'picker-change';
  constructor(readonly value: string) {
    super(PickerChangeEvent.eventName, { bubbles: true });
  }
}

export class HdPeekPicker extends LitElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      .trigger {
        gap: var(--hd-space-1);
      }
      .trigger[aria-expanded='true'] {
        border-color: var(--hd-color-accent);
      }
      .chevron {
        width: 0.75rem;
        height: 0.75rem;
        fill: currentColor;
      }
      [role='listbox'] {
        position: fixed;
        top: 0;
        left: 0;
        z-index: 1;
        min-width: 12rem;
        max-height: 18rem;
        overflow: auto;
        margin: 0;
        padding: var(--hd-space-1);
        list-style: none;
        background: var(--hd-color-surface-raised);
        color: var(--hd-color-text);
        border: 1px solid var(--hd-color-border);
        border-radius: var(--hd-radius-m);
        box-shadow: var(--hd-shadow-overlay);
      }
      [role='option'] {
        display: flex;
        align-items: center;
        gap: var(--hd-space-2);
        padding: var(--hd-space-2) var(--hd-space-3);
        border-radius: var(--hd-radius-s);
        cursor: pointer;
      }
      [role='option']:hover,
      [role='option']:focus-visible {
        background: var(--hd-color-accent-quiet);
      }
      [role='option']:focus-visible {
        outline-offset: -2px;
      }
      .check {
        width: 1rem;
        visibility: hidden;
      }
      [aria-selected='true'] .check {
        visibility: visible;
      }
    `,
  ];

  /** The field name shown before the value ("Status"). */
  @property() label = '';
  /** The current value (an option's `value`). */
  @property() value = '';
  /** The choices. */
  @property({ attribute: false }) options: PickerOption[] = [];
  /** The text after "<label>: " on the button; defaults to the raw value. */
  @property({ attribute: 'value-label' }) valueLabel?: string;
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private expanded = false;

  @query('.trigger') private trigger!: HTMLButtonElement;
  @query('[role="listbox"]') private listbox?: HTMLElement;

  private cleanupPosition?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // a removed picker comes back closed (and an openPopover still awaiting its render stops)
    this.expanded = false;
    this.teardown();
  }

  /** True while the popover is open. */
  get isOpen(): boolean {
    return this.expanded;
  }

  /** Opens the popover and focuses the selected option (or the first). */
  async openPopover(): Promise<void> {
    if (this.disabled || this.expanded) return;
    this.expanded = true;
    await this.updateComplete;
    const list = this.listbox;
    // removed (or closed) while rendering: start nothing that only a disconnect would stop
    if (!list || !this.isConnected || !this.expanded || this.cleanupPosition) return;
    this.cleanupPosition = anchorFloating(this.trigger, list, {
      also: [fitHeight(list, (available) => Math.max(120, Math.min(288, available)))],
    });
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    const options = this.optionEls();
    const selected = options.find((o) => o.getAttribute('aria-selected') === 'true');
    (selected ?? options[0])?.focus();
  }

  /** Closes the popover; `refocus` puts focus back on the button. */
  closePopover(refocus = false): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.teardown();
    if (refocus) this.trigger?.focus();
  }

  override focus(options?: FocusOptions): void {
    this.trigger?.focus(options);
  }

  private teardown() {
    this.cleanupPosition?.();
    this.cleanupPosition = undefined;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  private optionEls(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]'));
  }

  private readonly onOutsidePointer = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) this.closePopover();
  };

  private choose(value: string) {
    this.closePopover(true);
    if (value !== this.value) this.dispatchEvent(new PickerChangeEvent(value));
  }

  private onTriggerKeydown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.openPopover();
    }
  }

  private onListKeydown(e: KeyboardEvent) {
    const options = this.optionEls();
    const index = options.indexOf(e.composedPath()[0] as HTMLElement);
    const move = (i: number) => options[(i + options.length) % options.length]?.focus();
    switch (isTabKey(e) ? 'Tab' : e.key) {
      case 'ArrowDown':
        e.preventDefault();
        move(index + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(index - 1);
        break;
      case 'Home':
        e.preventDefault();
        move(0);
        break;
      case 'End':
        e.preventDefault();
        move(options.length - 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (index >= 0) this.choose(this.options[index].value);
        break;
      case 'Escape':
        // only the popover closes: keep the dialog from seeing this Escape
        e.preventDefault();
        e.stopPropagation();
        this.closePopover(true);
        break;
      case 'Tab':
        this.closePopover();
        this.trigger.focus();
        break;
      default:
        this.typeahead(e, options);
    }
  }

  private typeahead(e: KeyboardEvent, options: HTMLElement[]) {
    if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    const ch = e.key.toLowerCase();
    const hit = this.options.findIndex((o) => o.label.toLowerCase().startsWith(ch));
    if (hit >= 0) options[hit]?.focus();
  }

  /* eslint-disable lit-a11y/click-events-have-key-events -- options are operated by keyboard
     through the listbox's keydown handler (arrows, Enter, Space, Escape, typeahead) */
  protected override render() {
    const shown = this.valueLabel ?? this.value;
    return html`<button
        type="button"
        class="hd-button trigger"
        part="button"
        aria-haspopup="listbox"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls=${ifDefined(this.expanded ? 'list' : undefined)}
        ?disabled=${this.disabled}
        @click=${() => (this.expanded ? this.closePopover(true) : this.openPopover())}
        @keydown=${this.onTriggerKeydown}
      >
        <span>${this.label}: ${shown}</span>
        <svg class="chevron" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
      </button>
      ${
        this.expanded
          ? html`<ul
              id="list"
              role="listbox"
              part="popover"
              aria-label=${this.label}
              @keydown=${this.onListKeydown}
            >
              ${this.options.map(
                (o) =>
                  html`<li
                    role="option"
                    tabindex="-1"
                    aria-selected=${o.value === this.value ? 'true' : 'false'}
                    @click=${() => this.choose(o.value)}
                  >
                    <span class="check" aria-hidden="true">✓</span>${o.label}
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }
}
