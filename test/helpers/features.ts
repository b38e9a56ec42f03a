/**
 * Feature tests for the rare case that truly cannot run in one engine. Never branch on the
 * browser's name: detect the missing capability, and skip with the reason in the test's name
 * so the runner output (and the per-engine skip count of `npm test`) says what was left out.
 *
 *   itIf(supports.transferableStreams)('streams server-sent events while open', async () => {});
 *   // in WebKit the test is listed as skipped:
 *   // "streams server-sent events while open [skipped here: this engine cannot transfer a
 *   //  ReadableStream over postMessage ...]"
 *
 * Add a feature here (with a one-line reason) only after checking the product cannot be fixed;
 * docs/browsers.md lists every feature and where it is missing.
 */

export interface Feature {
  /** True when the running engine has the capability. */
  readonly supported: boolean;
  /** Why a test is skipped where it is missing (shown in the skipped test's name). */
  readonly reason: string;
}

function probe(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}

function feature(reason: string, test: () => boolean): Feature {
  return { supported: probe(test), reason };
}

async function asyncFeature(reason: string, test: () => Promise<boolean>): Promise<Feature> {
  try {
    return { supported: await test(), reason };
  } catch {
    return { supported: false, reason };
  }
}

export const supports = {
  /**
   * `postMessage(stream, [stream])`. msw's service worker hands mocked response bodies to the
   * page as a transferred ReadableStream; without it msw buffers the whole body first, so an
   * endless response (a server-sent-events stream that stays open) never arrives.
   */
  transferableStreams: feature(
    'this engine cannot transfer a ReadableStream over postMessage, so msw buffers mocked ' +
      'bodies and an open server-sent-events stream never arrives',
    () => {
      const stream = new ReadableStream();
      const { port1, port2 } = new MessageChannel();
      try {
        port1.postMessage(stream, [stream as unknown as Transferable]);
        return true;
      } finally {
        port1.close();
        port2.close();
      }
    },
  ),

  /**
   * Reading back the body of a `Request` made from a `FormData` that holds a `File`
   * (`request.formData()`, `.arrayBuffer()`, of the request or a clone). Sending it works
   * everywhere; WebKit only fails to read it in the page ("Unable to read form data blob").
   */
  readableFileFormBodies: await asyncFeature(
    'this engine cannot read back a request body made from FormData with a File ' +
      '(InvalidStateError: Unable to read form data blob); sending it works',
    async () => {
      const form = new FormData();
      form.append('file', new File(['x'], 'x.txt', { type: 'text/plain' }));
      const request = new Request(location.href, { method: 'POST', body: form });
      return (await request.formData()).has('file');
    },
  ),
} satisfies Record<string, Feature>;

type ItFn = (title: string, fn: Mocha.Func | Mocha.AsyncFunc) => Mocha.Test;

/**
 * `it` when `condition` holds, otherwise `it.skip` with the reason appended to the title.
 * `itIf(supports.x)` uses the feature's own reason; `itIf(bool, 'reason')` for a one-off check.
 */
export function itIf(condition: Feature): ItFn;
export function itIf(condition: boolean, reason: string): ItFn;
export function itIf(condition: boolean | Feature, reason?: string): ItFn {
  const ok = typeof condition === 'boolean' ? condition : condition.supported;
  const why = typeof condition === 'boolean' ? reason : condition.reason;
  if (ok) return (title, fn) => it(title, fn);
  if (!why) throw new Error('itIf: a skipped test needs a reason');
  return (title, fn) => it.skip(`${title} [skipped here: ${why}]`, fn);
}
