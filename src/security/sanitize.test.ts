import { expect } from '@open-wc/testing';
import { sanitizeEmailHtml } from './sanitize.js';
import { REMOTE_IMAGE_BYPASSES } from '../../test/fixtures/xss-payloads.js';

/** Sanitizes into a detached container and returns it. */
function clean(html: string, allowRemoteImages = false) {
  const { fragment, blockedImages } = sanitizeEmailHtml(html, { allowRemoteImages });
  const box = document.createElement('div');
  box.append(fragment);
  return { box, blockedImages };
}

describe('sanitizeEmailHtml', () => {
  afterEach(() => {
    delete (window as { hdPwned?: boolean }).hdPwned;
  });

  it('returns a DocumentFragment of the current document, keeping harmless markup', () => {
    const { fragment } = sanitizeEmailHtml('<p>Hello <b>Ada</b><br><i>thanks</i></p>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.ownerDocument).to.equal(document);
    const box = document.createElement('div');
    box.append(fragment);
    expect(box.innerHTML).to.equal('<p>Hello <b>Ada</b><br><i>thanks</i></p>');
  });

  it('drops scripts, and nothing in the input ever runs', async () => {
    const { box } = clean(
      '<p>hi</p><script>window.hdPwned = true</script><img src="x" onerror="window.hdPwned = true">',
    );
    document.body.append(box);
    await new Promise((r) => setTimeout(r, 50));
    box.remove();
    expect(box.querySelector('script')).to.equal(null);
    expect(box.innerHTML).not.to.contain('onerror');
    expect((window as { hdPwned?: boolean }).hdPwned).to.equal(undefined);
  });

  it('removes every event handler attribute', () => {
    const { box } = clean(
      '<a href="https://x.example" onclick="alert(1)" onmouseover="alert(2)">x</a><div onload="alert(3)">y</div>',
    );
    const attrs = [...box.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    expect(attrs.filter((a) => a.startsWith('on'))).to.deep.equal([]);
  });

  it('removes inline styles and <style> elements', () => {
    const { box } = clean(
      '<style>body{display:none}</style><p style="position:fixed;inset:0">overlay</p><link rel="stylesheet" href="https://evil.example/x.css">',
    );
    expect(box.querySelector('style, link')).to.equal(null);
    expect(box.querySelector('[style]')).to.equal(null);
    expect(box.textContent).to.contain('overlay');
  });

  it('removes forms and form controls, keeping no way to submit anything', () => {
    const { box } = clean(
      '<form action="https://evil.example"><input name="password"><textarea></textarea><select><option>a</option></select><button formaction="https://evil.example">Log in</button></form><p>after</p>',
    );
    expect(box.querySelector('form, input, textarea, select, button')).to.equal(null);
    expect(box.textContent).to.contain('after');
  });

  it('removes iframes, objects and embeds', () => {
    const { box } = clean(
      '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x"><frameset></frameset><p>ok</p>',
    );
    expect(box.querySelector('iframe, object, embed, frame, frameset')).to.equal(null);
    expect(box.textContent).to.equal('ok');
  });

  it('strips javascript: and data: URLs from links', () => {
    const { box } = clean(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>alert(1)</script>">c</a>',
    );
    for (const a of box.querySelectorAll('a')) {
      const href = a.getAttribute('href') ?? '';
      expect(href.toLowerCase()).not.to.match(/^\s*(javascript|data):/);
    }
  });

  it('opens links in a new tab without opener or referrer', () => {
    const { box } = clean('<a href="https://docs.example/help" target="_self">help</a>');
    const a = box.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://docs.example/help');
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('replaces remote images with a placeholder until remote images are allowed', () => {
    const html =
      '<p>Logo:</p><img src="https://tracker.example/pixel.gif" alt="Acme logo"><img src="//cdn.example/a.png">';
    const blocked = clean(html);
    expect(blocked.blockedImages).to.equal(2);
    expect(blocked.box.querySelector('img')).to.equal(null);
    const placeholders = blocked.box.querySelectorAll('.hd-remote-image');
    expect(placeholders.length).to.equal(2);
    expect(placeholders[0].textContent).to.equal('Remote image blocked: Acme logo');
    expect(blocked.box.innerHTML).not.to.contain('tracker.example');

    const allowed = clean(html, true);
    expect(allowed.blockedImages).to.equal(0);
    const imgs = allowed.box.querySelectorAll('img');
    expect(imgs.length).to.equal(2);
    expect(imgs[0].getAttribute('src')).to.equal('https://tracker.example/pixel.gif');
    expect(imgs[0].getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('keeps inline data: images, which need no network', () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const { box, blockedImages } = clean(`<img src="${png}" alt="dot">`);
    expect(blockedImages).to.equal(0);
    expect(box.querySelector('img')!.getAttribute('src')).to.equal(png);
  });

  it('blocks every image the browser would fetch, however its URL is spelled', () => {
    expect(REMOTE_IMAGE_BYPASSES.length).to.be.greaterThan(5);
    for (const { html } of REMOTE_IMAGE_BYPASSES) {
      const { box, blockedImages } = clean(`<p>before</p>${html}`);
      expect(blockedImages, html).to.equal(1);
      expect(box.querySelector('img'), html).to.equal(null);
      expect(box.querySelectorAll('.hd-remote-image').length, html).to.equal(1);
      expect(box.innerHTML, html).not.to.contain('hd-xss.invalid');
      expect(box.innerHTML, html).not.to.contain('logout');
    }
    const all = clean(REMOTE_IMAGE_BYPASSES.map((p) => p.html).join(''));
    expect(all.blockedImages).to.equal(REMOTE_IMAGE_BYPASSES.length);
  });

  it('after consent loads http(s) images from the URL the browser resolves, never other schemes', () => {
    const { box, blockedImages } = clean(
      '<img src="ht\ntp://cdn.example/a.png"><img src="\\\\cdn.example/b.png"><img src="cid:part1@x">',
      true,
    );
    const srcs = [...box.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).to.deep.equal([
      'http://cdn.example/a.png',
      `${location.protocol}//cdn.example/b.png`,
    ]);
    expect(blockedImages, 'the cid: image').to.equal(1);
  });

  it('drops image maps: an <area> link could navigate the cockpit tab', () => {
    const { box } = clean(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" usemap="#m"><map name="m"><area shape="rect" coords="0,0,9,9" href="https://evil.example/" target="_self"></map><p>ok</p>',
    );
    expect(box.querySelector('map, area, [usemap]')).to.equal(null);
    expect(box.innerHTML).not.to.contain('evil.example');
  });

  it('keeps forms, <base> and <meta refresh> out (nothing can submit, rebase or redirect)', () => {
    const { box } = clean(
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example/"><p>inside</p></form><a href="/x">link</a>',
    );
    expect(box.querySelector('base, meta, form, [action]')).to.equal(null);
    expect(box.innerHTML).not.to.contain('evil.example');
    expect(box.querySelector('a')!.getAttribute('target')).to.equal('_blank');
  });

  it('drops srcset, SVG and MathML (no side doors for remote loads or scripts)', () => {
    const { box } = clean(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="https://tracker.example/a.png 2x"><svg><image href="https://tracker.example/b.png"/><script>window.hdPwned=1</script></svg><math><mi>x</mi></math>',
    );
    expect(box.querySelector('[srcset], svg, math, image')).to.equal(null);
    expect(box.innerHTML).not.to.contain('tracker.example');
  });

  it('drops ids and names so email markup cannot clobber the page', () => {
    const { box } = clean('<p id="peek-title" name="x">text</p>');
    expect(box.querySelector('[id], [name]')).to.equal(null);
  });

  it('drops class attributes: an email cannot dress a link up as a product button or error', () => {
    const { box } = clean(
      '<a class="hd-button primary" href="https://x.example">Approve</a><p class="hd-error">Fake</p>',
    );
    expect(box.querySelector('[class]')).to.equal(null);
    expect(box.textContent).to.equal('ApproveFake');
  });

  it('does not leak the hooks into the global DOMPurify instance', async () => {
    const { default: DOMPurify } = await import('dompurify');
    const out = DOMPurify.sanitize('<a href="https://x.example">x</a>');
    expect(out).to.equal('<a href="https://x.example">x</a>');
  });
});
