/**
 * The one and only path for untrusted HTML (customer email bodies, `bodyHtml`) into the DOM.
 *
 * - DOMPurify with the HTML profile only (no SVG / MathML), returning a `DocumentFragment`
 *   (`RETURN_DOM_FRAGMENT`), so no HTML string ever reaches an `innerHTML` sink and the result
 *   works under `require-trusted-types-for 'script'` (DOMPurify parses through its own
 *   Trusted Types policy when the page enforces them).
 * - No scripts, event handlers, inline styles, `<style>`, forms and form controls, frames,
 *   embeds, media or `javascript:` URLs.
 * - Remote images (http, https or protocol-relative) are replaced by a text placeholder unless
 *   the agent consented (`allowRemoteImages`). Inline `data:` images stay.
 * - Every link opens in a new tab with `rel="noopener noreferrer"`.
 *
 * Everything else in the UI renders customer text as text (lit escapes it).
 */
import DOMPurify from 'dompurify';

export interface SanitizeOptions {
  /** Load remote images (the agent clicked "Load remote images"). Default false. */
  allowRemoteImages?: boolean;
}

export interface SanitizedHtml {
  /** The clean nodes, ready to insert (a lit child value or `append()`). */
  fragment: DocumentFragment;
  /** How many remote images were replaced by a placeholder. */
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
];

const FORBID_ATTR = [
  'style',
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

const REMOTE_URL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

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
      const src = (node.getAttribute('src') ?? '').trim();
      if (REMOTE_URL.test(src) && !current.allowRemoteImages) {
        node.removeAttribute('src');
        node.setAttribute('data-hd-blocked', '');
        current.blocked++;
      } else {
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
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
    fragment = p.sanitize(dirty, {
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
    placeholder.textContent = alt ? `Remote image blocked: ${alt}` : 'Remote image blocked';
    img.replaceWith(placeholder);
  }
  return { fragment: document.importNode(fragment, true), blockedImages: run.blocked };
}
