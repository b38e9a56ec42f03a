/**
 * The one and only path for untrusted HTML (customer email bodies, `bodyHtml`) into the DOM.
 *
 * - DOMPurify with the HTML profile only (no SVG / MathML), returning a `DocumentFragment`
 *   (`RETURN_DOM_FRAGMENT`), so no HTML string ever reaches an `innerHTML` sink.
 * - Trusted Types: where the page enforces `require-trusted-types-for 'script'`, DOMPurify
 *   parses the input into its inert document through hd-cockpit's one policy,
 *   `hd-cockpit` ({@link TRUSTED_TYPES_POLICY_NAME}; module-private, used for nothing else).
 *   A host whose CSP lists allowed policy names must allow `hd-cockpit` (and lit's `lit-html`);
 *   if it does not, DOMPurify falls back to its own `dompurify` policy.
 * - Before parsing, inline handlers, `style` attributes and `<style>` are defused
 *   (`defuse.ts`) so that a strict CSP sees no false violation reports from the inert parse.
 * - No scripts, event handlers, inline styles, `<style>`, forms and form controls, frames,
 *   embeds, media or `javascript:` URLs; no `class` or `id` (an email cannot borrow the
 *   product's styles to pose as its buttons or error messages, nor clobber ids).
 * - Every image whose `src` is not an inline `data:` URL is replaced by a text placeholder
 *   unless the agent consented (`allowRemoteImages`). The test is what the browser would load:
 *   the `src` is resolved with `new URL(src, document.baseURI)`, so `\\host/x`, `/\host/x`,
 *   `ht<newline>tp://host/x` and same-origin paths such as `/logout` (a GET with the agent's
 *   cookies) are held back too. `cid:` images (an attachment the email refers to) show the
 *   placeholder. With consent, only http(s) images load, from the resolved absolute URL. The
 *   other URL-bearing attributes that load something (`srcset`, `background`, `poster`, …)
 *   are dropped altogether.
 * - Every link opens in a new tab with `rel="noopener noreferrer"`. `<area>` / `<map>` are
 *   dropped (an image map's links would carry no `target`).
 *
 * Everything else in the UI renders customer text as text (lit escapes it).
 */
import DOMPurify from 'dompurify';
import { defuseInlineCode } from './defuse.js';

/** The name of the one Trusted Types policy hd-cockpit creates (see the module comment). */
export const TRUSTED_TYPES_POLICY_NAME = 'hd-cockpit';

type HtmlPolicy = { createHTML(input: string): unknown; createScriptURL(input: string): unknown };
type TrustedTypesFactory = {
  createPolicy(
    name: string,
    rules: { createHTML(s: string): string; createScriptURL(s: string): string },
  ): HtmlPolicy;
};

let policy: HtmlPolicy | null | undefined;

/**
 * hd-cockpit's Trusted Types policy, created on first use; null where the browser has no
 * Trusted Types or the page's CSP does not allow the name. Its rules pass strings through:
 * DOMPurify uses it only to parse untrusted input into an inert document (the same role as
 * DOMPurify's own `dompurify` policy), and it never leaves this module.
 */
function trustedTypesPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createHTML: (input) => input,
        createScriptURL: (input) => input,
      });
    } catch (err) {
      console.warn(
        `hd-cockpit: the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" could not be ` +
          'created (add it to the trusted-types directive of your CSP).',
        err,
      );
    }
  }
  return policy;
}

export interface SanitizeOptions {
  /** Load remote images (the agent clicked "Load remote images"). Default false. */
  allowRemoteImages?: boolean;
  /** The placeholder text of a blocked image (default: "Remote image blocked: <alt>"). */
  blockedImageText?: (alt: string | undefined) => string;
}

export interface SanitizedHtml {
  /** The clean nodes, ready to insert (a lit child value or `append()`). */
  fragment: DocumentFragment;
  /** How many images were replaced by a placeholder (every image not a `data:` URL, unless
   * remote images are allowed; then only those that are not http / https). */
  blockedImages: number;
}

/** The placeholder's class (style it in the consuming element). */
export const REMOTE_IMAGE_PLACEHOLDER_CLASS = 'hd-remote-image';

const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'title',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'fieldset',
  'output',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'canvas',
  'template',
  'dialog',
  'portal',
  // image-map links would need the same target / rel as <a>; usemap is dropped anyway
  'map',
  'area',
];

const FORBID_ATTR = [
  'style',
  // the email shares its shadow root with the product's own classes (.hd-button, .hd-error,
  // .visually-hidden): a class would let a phishing email dress a link as a product button
  'class',
  'srcset',
  'sizes',
  'background',
  'poster',
  'formaction',
  'action',
  'ping',
  'usemap',
  'id',
  'name',
  'autofocus',
  'tabindex',
  'popover',
  'popovertarget',
];

/**
 * What an image `src` would load, resolved the way the browser resolves it: `inline` (a
 * `data:` URL, no request), `remote` (http / https: loads after consent) or `never` (any
 * other scheme, or unparseable).
 */
function imageSource(src: string): { kind: 'inline' | 'remote' | 'never'; href?: string } {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { kind: 'never' };
  }
  if (url.protocol === 'data:') return { kind: 'inline' };
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return { kind: 'remote', href: url.href };
  }
  return { kind: 'never' };
}

// A private DOMPurify instance so our hooks never leak into a host app's use of DOMPurify.
let purifier: ReturnType<typeof DOMPurify> | undefined;
// Set for the duration of one synchronous sanitize() call (the hooks read it).
let current = { allowRemoteImages: false, blocked: 0 };

function getPurifier() {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    const tag = node.localName;
    if (tag === 'a') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
      }
    }
    if (tag === 'img') {
      const src = node.getAttribute('src');
      // an absent or empty src loads nothing; anything else loads what the browser resolves
      const source = src && src.trim() ? imageSource(src) : { kind: 'inline' as const };
      if (source.kind === 'inline' || (source.kind === 'remote' && current.allowRemoteImages)) {
        if (source.href) node.setAttribute('src', source.href);
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      } else {
        node.removeAttribute('src');
        node.setAttribute('data-hd-blocked', '');
        current.blocked++;
      }
    }
  });
  purifier = p;
  return p;
}

/**
 * Sanitizes an email HTML body into a DocumentFragment owned by `document`.
 * Remote images become `<span class="hd-remote-image">` placeholders naming the image.
 */
export function sanitizeEmailHtml(dirty: string, options: SanitizeOptions = {}): SanitizedHtml {
  const p = getPurifier();
  const run = { allowRemoteImages: !!options.allowRemoteImages, blocked: 0 };
  current = run;
  let fragment: DocumentFragment;
  try {
    const tt = trustedTypesPolicy();
    fragment = p.sanitize(defuseInlineCode(String(dirty ?? '')), {
      ...(tt ? { TRUSTED_TYPES_POLICY: tt as never } : {}),
      USE_PROFILES: { html: true },
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: true,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      RETURN_DOM_FRAGMENT: true,
    });
  } finally {
    current = { allowRemoteImages: false, blocked: 0 };
  }
  for (const img of Array.from(fragment.querySelectorAll('img[data-hd-blocked]'))) {
    const placeholder = document.createElement('span');
    placeholder.className = REMOTE_IMAGE_PLACEHOLDER_CLASS;
    const alt = img.getAttribute('alt')?.trim();
    placeholder.textContent = options.blockedImageText
      ? options.blockedImageText(alt || undefined)
      : alt
        ? `Remote image blocked: ${alt}`
        : 'Remote image blocked';
    img.replaceWith(placeholder);
  }
  return { fragment: document.importNode(fragment, true), blockedImages: run.blocked };
}
