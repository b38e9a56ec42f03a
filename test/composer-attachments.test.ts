import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { acceptFiles } from '../src/components/composer/attachments.js';
import {
  $,
  alerts,
  attachmentNames,
  button,
  calls,
  clickSend,
  file,
  filesTransfer,
  focused,
  mount,
  pressOn,
  setDraft,
  tab,
  textarea,
} from './composer-helpers.js';

const MB = 1024 * 1024;

const fileErrors = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.file-errors li')].map((li) => li.textContent);

describe('<hd-composer> attachments', () => {
  it('the file picker adds files; each is removable before send', async () => {
    const { el } = await mount();
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    expect(input.multiple).to.equal(true);
    // the visible button opens the picker
    let opened = false;
    input.addEventListener('click', (e) => {
      opened = true;
      e.preventDefault();
    });
    button(el, 'Attach files')!.click();
    expect(opened).to.equal(true);

    input.files = filesTransfer(file('a.txt', 10), file('b.pdf', 20, 'application/pdf')).files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal(['a.txt', 'b.pdf']);
    button(el, 'Remove attachment a.txt')!.click();
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal(['b.pdf']);
  });

  it('removing by keyboard moves focus to the next file, then the previous one, then "Attach files"', async () => {
    const { el } = await mount();
    el.addFiles([file('a.txt', 1), file('b.txt', 2), file('c.txt', 3)]);
    await el.updateComplete;
    await pressOn(el, button(el, 'Remove attachment b.txt')!);
    expect(attachmentNames(el)).to.deep.equal(['a.txt', 'c.txt']);
    expect(focused()).to.equal(button(el, 'Remove attachment c.txt'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal(['a.txt']);
    expect(focused()).to.equal(button(el, 'Remove attachment a.txt'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal([]);
    expect(focused()).to.equal(button(el, 'Attach files'));
  });

  it('drag-and-drop adds files and shows a drop hint while dragging', async () => {
    const { el } = await mount();
    const form = $<HTMLFormElement>(el, 'form')!;
    const dt = filesTransfer(file('screenshot.png', 1000, 'image/png'));
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
    form.dispatchEvent(over);
    await el.updateComplete;
    expect(over.defaultPrevented).to.equal(true);
    expect($(el, '.drop-hint')!.textContent).to.contain('Drop files to attach');
    form.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    expect($(el, '.drop-hint')).to.equal(null);
    expect(attachmentNames(el)).to.deep.equal(['screenshot.png']);
  });

  it('pasting a file attaches it', async () => {
    const { el } = await mount();
    // Firefox drops `clipboardData` passed to `new ClipboardEvent(...)` (a synthetic paste gets
    // an empty DataTransfer), so give a plain paste event the clipboard data the browser would
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', {
      value: filesTransfer(file('pasted.png', 50, 'image/png')),
    });
    textarea(el).dispatchEvent(paste);
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal(['pasted.png']);
    expect(paste.defaultPrevented).to.equal(true);
  });

  it('rejects files over the size limit (default 10 MB) with a clear error', async () => {
    const { el } = await mount();
    expect(el.maxFileSize).to.equal(10 * MB);
    el.addFiles([file('huge.zip', 10 * MB + 1), file('ok.txt', 5)]);
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal(['ok.txt']);
    expect(alerts(el)).to.deep.equal(['“huge.zip” (10 MB) is over the 10 MB limit per file.']);
  });

  it('size and count limits are properties / attributes', async () => {
    const { el } = await mount({ maxFiles: 2, maxFileSize: 1000 });
    expect(el.maxFiles).to.equal(2);
    el.addFiles([file('big.bin', 2048), file('1.txt', 1), file('2.txt', 1), file('3.txt', 1)]);
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal(['1.txt', '2.txt']);
    expect($(el, '.file-errors')!.getAttribute('role')).to.equal('alert');
    expect(fileErrors(el)).to.deep.equal([
      '“big.bin” (2 KB) is over the 1000 B limit per file.',
      'At most 2 files per message — not added: “3.txt”.',
    ]);
  });

  it('the default count limit is 5', async () => {
    const { el } = await mount();
    el.addFiles(Array.from({ length: 7 }, (_, i) => file(`f${i}.txt`, 1)));
    await el.updateComplete;
    expect(attachmentNames(el)).to.have.length(5);
    expect(alerts(el)[0]).to.contain('At most 5 files per message');
  });

  it('renders file names as text, never as HTML', async () => {
    const { el } = await mount();
    const evil = '<img src=x onerror="window.__hdFile=1">.png';
    el.addFiles([file(evil, 10)]);
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal([evil]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(button(el, `Remove attachment ${evil}`)).to.exist;
  });

  it('attachments go with the message, and belong to the mode they were added in', async () => {
    const { el, adapter } = await mount();
    el.addFiles([file('for-customer.pdf', 10)]);
    tab(el, 'Internal note').click();
    await el.updateComplete;
    expect(attachmentNames(el)).to.deep.equal([]);
    el.addFiles([file('internal.log', 10)]);
    await setDraft(el, 'note with log');
    const added = oneEvent(el, 'hd-note-added');
    await clickSend(el);
    await added;
    tab(el, 'Reply').click();
    await el.updateComplete;
    await setDraft(el, 'see attached');
    const sent = oneEvent(el, 'hd-reply-sent');
    await clickSend(el);
    await sent;
    const note = calls(adapter, 'addInternalNote')[0].args[1] as { attachments: File[] };
    const reply = calls(adapter, 'sendReply')[0].args[1] as { attachments: File[] };
    expect(note.attachments.map((f) => f.name)).to.deep.equal(['internal.log']);
    expect(reply.attachments.map((f) => f.name)).to.deep.equal(['for-customer.pdf']);
  });

  it('acceptFiles() skips duplicates silently', () => {
    const a = file('a.txt', 3);
    const result = acceptFiles([a], [a], { maxFiles: 5, maxFileSize: 100 });
    expect(result.files).to.deep.equal([a]);
    expect(result.errors).to.deep.equal([]);
  });
});
