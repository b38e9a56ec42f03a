import { expect, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/composer/define.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { createDemoData } from '../src/mocks/demo-data.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { THEMES } from '../src/tokens/themes.js';
import { $, NO_EMAIL_TICKET, button, calls, file, mount, setDraft } from './composer-helpers.js';

/** Every visible state of the composer, side by side. */
async function allStates(theme: string) {
  const store = createMemoryStore();
  const ok = createMemoryAdapter();
  const failing = createMemoryAdapter({
    data: createDemoData({ emailAccountConfigured: false }),
    failures: { methods: ['addInternalNote'], code: 'network' },
  });
  // fixtureSync: a plain <div> fixture waits for an animation frame, which never comes while
  // the test page is a background tab (concurrent test files)
  const wrap = fixtureSync(
    html`<div data-theme=${theme} style="display:grid;gap:8px">
      <hd-provider .adapter=${ok} .store=${store}>
        <hd-composer id="reply" ticket-id="t-1006"></hd-composer>
        <hd-composer id="note" ticket-id="t-1008" mode="note"></hd-composer>
        <hd-composer id="no-email" ticket-id=${NO_EMAIL_TICKET}></hd-composer>
        <hd-composer id="assist" ticket-id="t-1009"></hd-composer>
      </hd-provider>
      <hd-provider .adapter=${failing} .store=${store}>
        <!-- another ticket than #reply: two composers for one ticket and mode would be two
          landmarks with the same name (axe landmark-unique) -->
        <hd-composer id="no-account" ticket-id="t-1010"></hd-composer>
        <hd-composer id="note-failed" ticket-id="t-1007" mode="note"></hd-composer>
      </hd-provider>
    </div>`,
  );
  const get = (id: string) => wrap.querySelector<HdComposer>(`#${id}`)!;
  await Promise.all(
    [...wrap.querySelectorAll<HdComposer>('hd-composer')].map((e) => e.updateComplete),
  );

  const reply = get('reply');
  reply.staleWarning = 'Grace replied 2 minutes ago.';
  await setDraft(reply, '/note heads up');
  reply.addFiles([file('a.txt', 10), file('huge.bin', 20 * 1024 * 1024)]);

  const noAccount = get('no-account');
  await setDraft(noAccount, 'Hi');
  button(noAccount, 'Send reply')!.click();

  const noteFailed = get('note-failed');
  await setDraft(noteFailed, 'internal');
  button(noteFailed, 'Add note')!.click();

  const assist = get('assist');
  button(assist, 'Draft')!.click();

  await waitUntil(
    () => $(noAccount, '[part="send-error"]') && $(noteFailed, '[part="send-error"]'),
  );
  await waitUntil(() => $(assist, 'section[aria-label="AI suggestion"]'));
  await waitUntil(() => button(get('no-email'), 'Send reply')!.disabled);
  return { wrap, get };
}

describe('<hd-composer> accessibility', () => {
  for (const theme of THEMES) {
    it(`passes axe in the ${theme} theme in every state`, async () => {
      const { wrap, get } = await allStates(theme);
      await expect(wrap).to.be.accessible();
      // and with the macro picker open
      button(get('note'), 'Macros')!.click();
      await waitUntil(() => $(get('note'), '[role="option"]'));
      await expect(wrap).to.be.accessible();
    });
  }

  it('the whole composer is operable by keyboard alone', async () => {
    const { el, adapter } = await mount();
    $(el, '[role="tab"][aria-selected="true"]')!.focus();
    await sendKeys({ press: 'ArrowRight' }); // → Internal note
    await sendKeys({ press: 'Tab' }); // → textarea
    await sendKeys({ type: 'by keyboard' });
    // Tab through the tools to the submit button and press it
    for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== button(el, 'Add note'); i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Add note'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls(adapter, 'addInternalNote').length === 1);
    expect(calls(adapter, 'addInternalNote')[0].args[1]).to.deep.equal({ body: 'by keyboard' });
  });

  it('aborts the ticket fetch when removed before it finished', async () => {
    const adapter = createMemoryAdapter({ latencyMs: 100 });
    const { el } = await mount({ adapter });
    el.remove();
    const [call] = calls(adapter, 'getTicket');
    expect((call.args[1] as { signal: AbortSignal }).signal.aborted).to.equal(true);
  });
});
