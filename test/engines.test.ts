// The test commands every suite relies on behave the same in Chromium, Firefox and WebKit
// (wtr/webdriver-commands.js fills WebKit's gaps). If one of these fails, product tests in that
// engine fail for harness reasons, so this file says so first.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { itIf, supports } from './helpers/features.js';

describe('test harness in this engine', () => {
  it('setViewport sets the exact viewport size, and a media query sees it', async () => {
    await setViewport({ width: 640, height: 480 });
    expect([window.innerWidth, window.innerHeight]).to.deep.equal([640, 480]);
    expect(matchMedia('(max-width: 700px)').matches).to.be.true;
    await setViewport({ width: 1280, height: 800 });
    expect([window.innerWidth, window.innerHeight]).to.deep.equal([1280, 800]);
    expect(matchMedia('(max-width: 700px)').matches).to.be.false;
  });

  it('setViewport goes down to a phone width (320 px)', async () => {
    await setViewport({ width: 320, height: 640 });
    expect([window.innerWidth, window.innerHeight]).to.deep.equal([320, 640]);
    await setViewport({ width: 1280, height: 800 });
  });

  it('Tab and Shift+Tab move focus forwards and back', async () => {
    const el = await fixture(html`<div><button>a</button><button>b</button></div>`);
    const [a, b] = el.querySelectorAll('button');
    a.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(b);
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement).to.equal(a);
  });

  it('named keys reach the page with their W3C key value', async () => {
    const el = await fixture<HTMLInputElement>(html`<input aria-label="keys" />`);
    el.focus();
    const seen: string[] = [];
    el.addEventListener('keydown', (e) => seen.push(e.key));
    for (const key of ['Escape', 'Enter', 'ArrowDown', 'End', 'j', '?', '/', 'KeyN']) {
      await sendKeys({ press: key });
    }
    expect(seen).to.deep.equal(['Escape', 'Enter', 'ArrowDown', 'End', 'j', '?', '/', 'n']);
  });

  it('type enters text (a newline is Enter); Space activates a focused button', async () => {
    const el = await fixture(
      html`<div><textarea aria-label="text"></textarea><button>go</button></div>`,
    );
    const input = el.querySelector('textarea')!;
    input.focus();
    await sendKeys({ type: 'Hi there,\n/rest' });
    expect(input.value).to.equal('Hi there,\n/rest');
    const button = el.querySelector('button')!;
    button.focus();
    const clicked = oneEvent(button, 'click');
    await sendKeys({ press: 'Space' });
    await clicked;
  });

  it('a modifier held with down/up applies to keys and to mouse clicks', async () => {
    const el = await fixture<HTMLButtonElement>(
      html`<button style="width:100px;height:40px">x</button>`,
    );
    const keys: string[] = [];
    el.addEventListener('keydown', (e) => keys.push(`${e.shiftKey ? 'Shift+' : ''}${e.key}`));
    el.focus();
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Enter' });
      const r = el.getBoundingClientRect();
      const click = oneEvent(el, 'click') as Promise<MouseEvent>;
      await sendMouse({ type: 'click', position: [Math.round(r.x + 20), Math.round(r.y + 20)] });
      expect((await click).shiftKey, 'shift-click').to.be.true;
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(keys).to.include('Shift+Enter');
  });

  it('feature probes answer with a boolean and a reason', () => {
    for (const [name, feature] of Object.entries(supports)) {
      expect(feature.supported, name).to.be.a('boolean');
      expect(feature.reason, name).to.have.length.greaterThan(20);
    }
  });

  itIf(supports.transferableStreams)(
    'a ReadableStream transferred to a MessagePort arrives readable',
    async () => {
      const { port1, port2 } = new MessageChannel();
      const stream = new ReadableStream<string>({
        start(controller) {
          controller.enqueue('hello');
          controller.close();
        },
      });
      const received = oneEvent(port2 as unknown as EventTarget, 'message');
      port2.start();
      port1.postMessage(stream, [stream as unknown as Transferable]);
      const { data } = (await received) as unknown as MessageEvent<ReadableStream<string>>;
      const { value } = await data.getReader().read();
      expect(value).to.equal('hello');
      port1.close();
      port2.close();
    },
  );

  itIf(supports.readableFileFormBodies)(
    'a request body made from FormData with a File can be read back',
    async () => {
      const form = new FormData();
      form.append('note', 'See attached');
      form.append('file', new File(['0123456789'], 'a.png', { type: 'image/png' }));
      const read = await new Request(location.href, { method: 'POST', body: form }).formData();
      expect(read.get('note')).to.equal('See attached');
      expect((read.get('file') as File).size).to.equal(10);
    },
  );
});
