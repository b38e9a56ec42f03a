/** Shared helpers of the composer tests (not a test file itself). */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/composer/define.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import { createMemoryStore, type StateStore } from '../src/model/state-store.js';
import type { Ticket } from '../src/adapter/types.js';

export const ADA_TICKET = 't-1006';
export const NO_EMAIL_TICKET = 't-1012';

export interface MountOptions {
  adapter?: MemoryAdapter;
  adapterOptions?: MemoryAdapterOptions;
  store?: StateStore;
  ticketId?: string;
  mode?: 'reply' | 'note';
  ticket?: Ticket;
  maxFiles?: number;
  maxFileSize?: number;
}

export async function mount(opts: MountOptions = {}) {
  const adapter = opts.adapter ?? createMemoryAdapter(opts.adapterOptions);
  const store = opts.store ?? createMemoryStore();
  const provider = await fixture(
    html`<hd-provider .adapter=${adapter} .store=${store}>
      <hd-composer
        ticket-id=${opts.ticketId ?? ADA_TICKET}
        mode=${opts.mode ?? 'reply'}
        .ticket=${opts.ticket}
        max-files=${opts.maxFiles ?? 5}
        max-file-size=${opts.maxFileSize ?? 10 * 1024 * 1024}
      ></hd-composer>
    </hd-provider>`,
  );
  const el = provider.querySelector('hd-composer')! as HdComposer;
  await el.updateComplete;
  return { el, adapter, store, provider };
}

export const $ = <T extends Element = HTMLElement>(el: HdComposer, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;

export const textarea = (el: HdComposer) => $<HTMLTextAreaElement>(el, 'textarea.message')!;

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of a control: aria-label, else its text without aria-hidden parts. */
export function nameOf(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label) return label;
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return norm(clone.textContent);
}

/** A button (or tab) by its accessible name. */
export function button(el: HdComposer, name: string | RegExp): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
  );
}

export const tab = (el: HdComposer, name: 'Reply' | 'Internal note') =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (t) => nameOf(t) === name,
  )!;

export const sendButton = (el: HdComposer) => $<HTMLButtonElement>(el, 'button[type="submit"]')!;

export const alerts = (el: HdComposer) =>
  [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => norm(a.textContent));

export const confirmation = (el: HdComposer) => norm($(el, '.confirmation')!.textContent);

/** Types with real key presses into the textarea. */
export async function type(el: HdComposer, text: string) {
  textarea(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Replaces the draft as if the agent had typed it (one input event). */
export async function setDraft(el: HdComposer, text: string) {
  const ta = textarea(el);
  ta.focus();
  ta.value = text;
  ta.setSelectionRange(text.length, text.length);
  ta.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function clickSend(el: HdComposer) {
  sendButton(el).click();
  await el.updateComplete;
}

/** Waits until the composer is idle again (not sending). */
export const settled = (el: HdComposer) =>
  waitUntil(() => !sendButton(el).querySelector('.spinner'), 'composer still sending');

export const calls = (adapter: MemoryAdapter, method: string) =>
  adapter.calls.filter((c) => c.method === method);

export function file(name: string, size: number, type = 'text/plain'): File {
  return new File([new Uint8Array(size)], name, { type });
}

export function filesTransfer(...files: File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return dt;
}

export const attachmentNames = (el: HdComposer) =>
  [...el.shadowRoot!.querySelectorAll('.attachment-name')].map((n) => n.textContent);

/** Presses a key with a modifier held (puppeteer's `press` takes no "Control+Enter"). */
export async function chord(modifier: 'Control' | 'Alt' | 'Meta' | 'Shift', key: string) {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/** The element that has keyboard focus, through shadow roots (what a keyboard user is on). */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses `target` and presses `key` on it, as a keyboard user would. */
export async function pressOn(el: HdComposer, target: HTMLElement, key = 'Enter') {
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}
