/**
 * What a screen reader announces in <hd-composer>: live regions must exist before their text
 * changes (a region inserted together with its text is not announced), must not re-read long
 * text on every arrow key, and must not read emoji names. Announcements are watched with a
 * MutationObserver the way a live-region watcher (or the accessibility tree) sees them: the
 * text of the region without its aria-hidden parts.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './helpers/wait.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import {
  $,
  ADA_TICKET,
  alerts,
  button,
  clickSend,
  mount,
  pressOn,
  setDraft,
  textarea,
  type,
} from './composer-helpers.js';

const LIVE_ROLES = ['status', 'alert', 'log', 'marquee', 'timer'];

/** A live region: `aria-live` other than off, or a role that implies one. */
const isLive = (node: Element) => {
  const live = node.getAttribute('aria-live');
  return (live !== null && live !== 'off') || LIVE_ROLES.includes(node.getAttribute('role') ?? '');
};

/** The closest live region around `node`, through shadow roots. */
function liveRegionOf(node: Node): Element | undefined {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element && isLive(n)) return n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return undefined;
}

/** The text assistive technology gets from `node`: without aria-hidden parts. */
function spokenText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Records every text a live region takes while the test runs — but only for regions that were
 * already there when watching started (the ones a screen reader announces changes of).
 */
function watchLiveRegions(el: HdComposer) {
  const root = el.shadowRoot!;
  const existing = new Set(root.querySelectorAll('*'));
  const changes: { region: Element; text: string; preexisting: boolean }[] = [];
  const observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    for (const r of records) {
      const region = liveRegionOf(r.target);
      if (region) touched.add(region);
    }
    for (const region of touched) {
      const text = spokenText(region);
      const last = changes.filter((c) => c.region === region).at(-1);
      if (text && last?.text !== text) {
        changes.push({ region, text, preexisting: existing.has(region) });
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    /** The announced texts, in order (regions that were there before). */
    announced: () => changes.filter((c) => c.preexisting).map((c) => c.text),
    /** Every change inside any live region. */
    all: () => changes,
    /** Flushes pending records, then stops. */
    stop: () => {
      observer.takeRecords();
      observer.disconnect();
    },
  };
}

/** An adapter whose assist() waits for `release()`. */
function gatedAssist() {
  const adapter = createMemoryAdapter();
  const assist = adapter.assist!.bind(adapter);
  let release!: () => void;
  adapter.assist = async (...args) => {
    await new Promise<void>((resolve) => (release = resolve));
    return assist(...args);
  };
  return { adapter, release: () => release() };
}

const suggestion = (el: HdComposer) => $(el, 'section[aria-label="AI suggestion"]');

describe('<hd-composer> screen-reader announcements', () => {
  it('"/note …" typed in Reply announces that it becomes an internal note, once', async () => {
    const { el } = await mount();
    const watch = watchLiveRegions(el);
    await type(el, '/note checked AD');
    await waitUntil(() => watch.announced().length > 0, 'the /note banner was not announced');
    watch.stop();
    expect(watch.announced()).to.deep.equal([
      '/note — this will be added as an internal note, hidden from the customer.',
    ]);
    // it still shows, and takes its place in the form, as before
    const banner = $(el, '.note-banner')!;
    expect(banner.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  describe('AI assist', () => {
    it('Draft → "Drafting…", then "ready" (not the suggestion), then "inserted" in one status region', async () => {
      const { adapter, release } = gatedAssist();
      const { el } = await mount({ adapter });
      const watch = watchLiveRegions(el);
      await pressOn(el, button(el, 'Draft')!);
      await waitUntil(() => watch.announced().includes('Drafting a suggestion…'));
      // the visible "Drafting…" box spans the form, as before
      const box = $(el, '[part="assist"]')!.getBoundingClientRect();
      expect(box.width).to.be.closeTo($(el, 'form')!.getBoundingClientRect().width, 1);
      release();
      await waitUntil(() => suggestion(el));
      await el.updateComplete;
      const text = suggestion(el)!.querySelector('.assist-text')!.textContent!;
      expect(text).to.contain('Hi Ada');
      await waitUntil(() => watch.announced().length >= 2);
      await pressOn(el, button(el, 'Accept')!);
      await waitUntil(() => watch.announced().length >= 3);
      watch.stop();
      expect(watch.announced()).to.deep.equal([
        'Drafting a suggestion…',
        'AI suggestion ready — review it below.',
        'AI suggestion inserted.',
      ]);
      // one region says it all, with the status role; the suggestion itself is never announced
      const regions = new Set(watch.all().map((c) => c.region));
      expect(regions.size).to.equal(1);
      const [region] = regions;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.isConnected).to.equal(true);
      expect(watch.all().some((c) => c.text.includes('Hi Ada'))).to.equal(false);
      // Undo is offered next to it, outside the announcement
      expect(button(el, 'Undo')).to.not.equal(undefined);
      expect(region.contains(button(el, 'Undo')!)).to.equal(false);
      // …on the same line as "AI suggestion inserted."
      const said = region.getBoundingClientRect();
      const undo = button(el, 'Undo')!.getBoundingClientRect();
      expect(said.height).to.be.above(0);
      expect(Math.abs(said.top + said.height / 2 - (undo.top + undo.height / 2))).to.be.below(
        undo.height / 2,
      );
      expect(textarea(el).value).to.equal(text);
    });

    it('Refine announces "Refining…" then "ready"; a failure is an alert and empties the status', async () => {
      const { adapter, release } = gatedAssist();
      const { el } = await mount({ adapter });
      await setDraft(el, 'my words');
      const watch = watchLiveRegions(el);
      await pressOn(el, button(el, 'Refine')!);
      await waitUntil(() => watch.announced().includes('Refining your draft…'));
      release();
      await waitUntil(() => watch.announced().includes('AI suggestion ready — review it below.'));

      // a failing second request: the error is an alert, the status region says nothing
      adapter.assist = async () => {
        throw new Error('AI quota exceeded');
      };
      await pressOn(el, button(el, 'Discard')!);
      await pressOn(el, button(el, 'Draft')!);
      await waitUntil(() => alerts(el).length);
      watch.stop();
      expect(alerts(el)[0]).to.contain('AI assist failed: AI quota exceeded');
      const region = watch.all()[0].region;
      expect(region.getAttribute('role')).to.equal('status');
      expect(spokenText(region)).to.equal('');
    });
  });

  describe('macro picker', () => {
    async function arrowThroughPicker(el: HdComposer) {
      const preview = () => $(el, '.macro-preview')!;
      const seen: string[] = [];
      const watch = watchLiveRegions(el);
      for (let i = 0; i < 3; i++) {
        const before = preview().textContent;
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await waitUntil(() => preview().textContent !== before, 'the preview follows the option');
        seen.push(spokenText(preview()));
      }
      watch.stop();
      // the visible preview changed with every move, yet no live region re-read anything
      expect(new Set(seen).size).to.equal(3);
      expect(watch.all().map((c) => c.text)).to.deep.equal([]);
      expect(liveRegionOf(preview())).to.equal(undefined);
    }

    it('arrowing through the Macros picker does not re-read the preview', async () => {
      const { el } = await mount();
      button(el, 'Macros')!.click();
      await waitUntil(() => $(el, '.macro-preview'));
      await arrowThroughPicker(el);
    });

    it('arrowing through the "/" picker does not re-read the preview', async () => {
      const { el } = await mount();
      await type(el, '/');
      await waitUntil(() => $(el, '.macro-preview'));
      await arrowThroughPicker(el);
    });
  });

  describe('landmark', () => {
    it('the form is named after the mode and ticket, so landmark navigation reaches it', async () => {
      const { el } = await mount();
      const form = () => $(el, 'form')!;
      await waitUntil(() => form().getAttribute('aria-label')?.includes('#'), 'ticket not named');
      expect(form().getAttribute('aria-label')).to.equal('Reply to customer — ticket #1006');
      el.mode = 'note';
      await el.updateComplete;
      expect(form().getAttribute('aria-label')).to.equal(
        'Internal note (hidden from the customer) — ticket #1006',
      );
    });
  });

  describe('confirmations', () => {
    it('read the reply confirmation without "check mark"; the visible text keeps it', async () => {
      const { el } = await mount();
      const region = $(el, '.confirmation')!;
      // in the accessibility tree before it says anything (not display: none)
      expect(region.getAttribute('role')).to.equal('status');
      expect(getComputedStyle(region).display).to.not.equal('none');
      const watch = watchLiveRegions(el);
      await setDraft(el, 'Hello');
      const sent = oneEvent(el, 'hd-reply-sent');
      await clickSend(el);
      await sent;
      await el.updateComplete;
      watch.stop();
      expect(region.textContent).to.equal('✓ Reply sent to the customer.');
      expect(spokenText(region)).to.equal('Reply sent to the customer.');
      expect(watch.announced()).to.include('Reply sent to the customer.');
      expect(watch.announced().join(' ')).to.not.match(/[✓📝]/u);
    });

    it('read the note confirmation without "memo"; the visible text keeps it', async () => {
      const { el, adapter } = await mount({ mode: 'note' });
      const total = (await adapter.getTicket(ADA_TICKET)).internalNotes.length + 1;
      const region = $(el, '.confirmation')!;
      await setDraft(el, 'Checked the logs.');
      const added = oneEvent(el, 'hd-note-added');
      await clickSend(el);
      await added;
      await el.updateComplete;
      expect(region.textContent).to.equal(
        `📝 Internal note added (${total} total — hidden from the customer).`,
      );
      expect(spokenText(region)).to.equal(
        `Internal note added (${total} total — hidden from the customer).`,
      );
    });
  });
});
