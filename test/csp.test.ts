/**
 * The demo page (index.html + demo/main.ts) under a strict Content Security Policy:
 *
 *   default-src 'self'; script-src 'self'; require-trusted-types-for 'script'
 *
 * wtr/base.js serves index.html at `/__hd/strict-csp/` with that header, and with one
 * same-origin probe script first in <head> (test/fixtures/csp-probe.js) that records every
 * `securitypolicyviolation` and uncaught error of the page. The test loads it in an iframe,
 * uses the cockpit like an agent (inbox rows, peek with an HTML email, asset gauges, composer)
 * and expects no violation at all. It then proves the policy was really enforced (eval is
 * refused and reported), so it cannot pass on a page that ignored the header.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { DEMO_IDS } from '../src/mocks/demo-data.js';

const STRICT_CSP_PATH = '/__hd/strict-csp/';

interface Probe {
  violations: { directive: string; blockedURI: string; sample: string; source: string }[];
  errors: string[];
}

type DemoWindow = Window & typeof globalThis & { hdCspProbe?: Probe };

const shadow = (el: Element | null | undefined) => el?.shadowRoot ?? undefined;

function describeProbe(probe: Probe): string {
  return JSON.stringify(probe, null, 1);
}

describe('strict CSP: the demo page', function () {
  // the first file that loads the whole demo: on a cold dev server every module is compiled now
  this.timeout(60000);
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  async function loadDemo(): Promise<{ win: DemoWindow; doc: Document; probe: Probe }> {
    frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '800px';
    frame.src = STRICT_CSP_PATH;
    document.body.append(frame);
    // the probe runs first in <head>, before the parser reaches <hd-cockpit>: wait for the
    // whole document (a busy machine parses slowly; querying earlier finds no cockpit)
    await waitUntil(
      () => {
        const win = frame.contentWindow as DemoWindow | null;
        return win?.hdCspProbe && win.document.readyState !== 'loading';
      },
      'the demo page (with the probe) did not load',
      { timeout: 10000 },
    );
    const win = frame.contentWindow as DemoWindow;
    return { win, doc: frame.contentDocument!, probe: win.hdCspProbe! };
  }

  it('renders the inbox and the peek with no CSP or Trusted Types violation', async () => {
    const { win, doc, probe } = await loadDemo();
    const cockpit = doc.querySelector('hd-cockpit')!;
    const inboxRoot = () => shadow(shadow(cockpit)?.querySelector('hd-inbox'));
    const rows = () => [...(inboxRoot()?.querySelectorAll('.list > li[data-id]') ?? [])];
    const state = () => {
      const panel = inboxRoot()?.querySelector('[role="tabpanel"]');
      return `cockpit adapter: ${Boolean((cockpit as { adapter?: unknown }).adapter)}, inbox ${
        inboxRoot() ? 'rendered' : 'missing'
      }, panel aria-busy=${panel?.getAttribute('aria-busy')}, text "${(panel?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .slice(0, 120)}"`;
    };
    await waitUntil(() => rows().length > 0, undefined, { timeout: 30000 }).catch(() => {
      throw new Error(`no inbox rows (${state()}): ${describeProbe(probe)}`);
    });

    // open the first row with a click, like an agent
    const firstSubject = rows()[0].querySelector('.subject')!.textContent!.trim();
    rows()[0].querySelector<HTMLButtonElement>('button.open')!.click();
    const peek = () => shadow(cockpit)?.querySelector('hd-ticket-peek');
    const peekTitle = () => shadow(peek())?.querySelector('#peek-title.subject')?.textContent;
    await waitUntil(() => peekTitle()?.trim() === firstSubject, 'the peek did not open', {
      timeout: 10000,
    });

    // the phishing ticket: customer email HTML through the sanitizer, compromised device
    // (asset card with usage gauges), customer history
    (cockpit as HTMLElement & { openTicket(id: string): void }).openTicket(
      DEMO_IDS.htmlEmailTicket,
    );
    const emailBody = () => {
      const thread = shadow(peek())?.querySelector('hd-peek-thread');
      return shadow(shadow(thread)?.querySelector('hd-peek-email-body'))?.querySelector('.email');
    };
    await waitUntil(() => emailBody()?.textContent?.trim(), 'the HTML email did not render', {
      timeout: 10000,
    });
    // the sanitized email keeps its text and links
    expect(emailBody()!.textContent).to.match(/\w{3,}/);
    const peekRoot = shadow(peek())!;
    await waitUntil(
      () => peekRoot.querySelector('hd-peek-asset-card')?.shadowRoot?.querySelector('.bar > span'),
      'the asset card did not render',
      { timeout: 10000 },
    );

    // write an internal note through the composer
    const composer = peekRoot.querySelector('hd-composer')!;
    const croot = shadow(composer)!;
    croot.querySelector<HTMLElement>('[role="tab"]#tab-note')?.click();
    await waitUntil(() =>
      croot.querySelector('button[type="submit"]')?.textContent?.includes('Add note'),
    );
    const ta = croot.querySelector<HTMLTextAreaElement>('textarea.message')!;
    ta.value = 'Checked under a strict CSP';
    ta.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    croot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(
      () => croot.querySelector('.confirmation')?.textContent?.includes('Internal note added'),
      'the note was not added',
      { timeout: 10000 },
    );

    expect(probe.errors, `uncaught errors in the demo: ${describeProbe(probe)}`).to.deep.equal([]);
    expect(
      probe.violations,
      `CSP / Trusted Types violations: ${describeProbe(probe)}`,
    ).to.deep.equal([]);

    // the policy was really enforced in that page: eval is refused and reported
    expect(() => win.eval('1 + 1'), 'eval under script-src self').to.throw();
    await waitUntil(() => probe.violations.length > 0, 'the refused eval was not reported');
    // reported as script-src, or first as require-trusted-types-for where Trusted Types exist
    expect(probe.violations.map((v) => v.directive)).to.satisfy((list: string[]) =>
      list.some((d) => d === 'script-src' || d === 'require-trusted-types-for'),
    );
    if ('trustedTypes' in win) {
      // and Trusted Types: a plain string into an HTML sink is refused
      let refused: unknown;
      try {
        doc.createElement('div').innerHTML = '<b>x</b>';
      } catch (err) {
        refused = err;
      }
      expect((refused as Error)?.name, 'innerHTML with a string under Trusted Types').to.equal(
        'TypeError',
      );
    }
  });
});
