/**
 * `<hd-peek-email-body>`: one customer email's HTML, rendered only through the sanitizer
 * (`security/sanitize.ts`). Remote images stay blocked until the agent chooses
 * "Load remote images" for this message (asked again when its HTML is replaced).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hostStyles } from '../../tokens/host-styles.js';
import { sanitizeEmailHtml, type SanitizedHtml } from '../../security/sanitize.js';
import { LocaleController } from '../../i18n/controller.js';
import { useEnglish } from '../../i18n/index.js';
import { enPeek } from '../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

export class HdPeekEmailBody extends LitElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        display: block;
      }
      .email {
        overflow-wrap: anywhere;
        overflow-x: auto;
      }
      .email :where(p, ul, ol, blockquote, pre, table) {
        margin: 0 0 var(--hd-space-2);
      }
      .email :where(p, ul, ol, blockquote, pre, table):last-child {
        margin-bottom: 0;
      }
      .email blockquote {
        padding-inline-start: var(--hd-space-3);
        border-inline-start: 3px solid var(--hd-color-border-strong);
        color: var(--hd-color-text-quiet);
      }
      .email img {
        max-width: 100%;
        height: auto;
      }
      .email a {
        color: var(--hd-color-accent-text);
      }
      /* REMOTE_IMAGE_PLACEHOLDER_CLASS */
      .email .hd-remote-image {
        display: inline-block;
        padding: var(--hd-space-1) var(--hd-space-2);
        border: 1px dashed var(--hd-color-border-strong);
        border-radius: var(--hd-radius-s);
        font-size: var(--hd-font-size-xs);
        color: var(--hd-color-text-quiet);
      }
      .images {
        margin-top: var(--hd-space-2);
        font-size: var(--hd-font-size-s);
      }
    `,
  ];

  /** The untrusted email HTML. */
  @property({ attribute: false }) html = '';

  @state() private allowRemoteImages = false;

  private clean?: SanitizedHtml;
  private cleanLang?: string;
  private readonly i18n = new LocaleController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const m = this.i18n.msg;
    // consent is per email content: a body updated in place asks again
    if (changed.has('html')) this.allowRemoteImages = false;
    if (
      changed.has('html') ||
      changed.has('allowRemoteImages') ||
      !this.clean ||
      this.cleanLang !== m.lang
    ) {
      // a new fragment only when the input (or the language) changed, so re-renders never
      // re-insert the body
      this.cleanLang = m.lang;
      this.clean = sanitizeEmailHtml(this.html ?? '', {
        allowRemoteImages: this.allowRemoteImages,
        blockedImageText: m.thread.imageBlocked,
      });
    }
  }

  protected override render() {
    const clean = this.clean!;
    const m = this.i18n.msg;
    return html`<div class="email" part="email">${clean.fragment}</div>
      ${
        clean.blockedImages && !this.allowRemoteImages
          ? html`<p class="images">
              <button
                type="button"
                class="hd-button"
                @click=${() => (this.allowRemoteImages = true)}
              >
                ${m.thread.loadImages(clean.blockedImages)}
              </button>
            </p>`
          : nothing
      }`;
  }
}
