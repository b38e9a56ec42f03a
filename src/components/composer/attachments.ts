/**
 * Composer attachments: the limit checks (pure) and the list of attached files (render helper).
 * File names come from the user's disk or clipboard and are only ever rendered as text.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatBytes } from '../../model/format.js';
import type { ComposerMode } from './routing.js';
import { enComposer, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enComposer);

export const DEFAULT_MAX_FILES = 5;
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface AttachmentLimits {
  maxFiles: number;
  /** Bytes per file. */
  maxFileSize: number;
}

export interface AcceptResult {
  /** The new list: existing files plus the accepted ones. */
  files: File[];
  /** One human message per problem, for the agent. */
  errors: string[];
}

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Adds `incoming` to `existing` within the limits; duplicates are skipped silently. Messages
 * come from `m` with sizes formatted for `locale`.
 */
export function acceptFiles(
  existing: readonly File[],
  incoming: Iterable<File>,
  limits: AttachmentLimits,
  m: Messages = en,
  locale = 'en',
): AcceptResult {
  const files = [...existing];
  const errors: string[] = [];
  const overCount: string[] = [];
  for (const file of incoming) {
    if (files.some((f) => sameFile(f, file))) continue;
    if (file.size > limits.maxFileSize) {
      errors.push(
        m.attachments.tooBig(
          file.name,
          formatBytes(file.size, locale),
          formatBytes(limits.maxFileSize, locale),
        ),
      );
      continue;
    }
    if (files.length >= limits.maxFiles) {
      overCount.push(file.name);
      continue;
    }
    files.push(file);
  }
  if (overCount.length) errors.push(m.attachments.tooMany(limits.maxFiles, overCount));
  return { files, errors };
}

/** The attached files, each removable. */
export function renderAttachments(
  files: readonly File[],
  onRemove: (file: File) => void,
  disabled: boolean,
  m: Messages = en,
  locale = 'en',
) {
  if (!files.length) return nothing;
  return html`<ul class="attachments" part="attachments" aria-label=${m.common.attachments}>
    ${repeat(
      files,
      (file) => file,
      (file, index) =>
        html`<li class="attachment">
          <span aria-hidden="true">📎</span>
          <span class="attachment-name">${file.name}</span>
          <span class="attachment-size">(${formatBytes(file.size, locale)})</span>
          <button
            type="button"
            class="icon-button"
            aria-label=${m.attachments.remove(file.name)}
            data-focus-next="attachment"
            data-index=${index}
            ?disabled=${disabled}
            @click=${() => onRemove(file)}
          >
            ✕
          </button>
        </li>`,
    )}
  </ul>`;
}

export interface AttachmentsHost extends AttachmentLimits {
  readonly mode: ComposerMode;
  /** The translation table and locale in effect. */
  readonly msg: Messages;
  readonly resolvedLocale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The composer's attachments, per mode (a file attached to a note never travels with a
 * reply): file picker, drag-and-drop onto the form, paste into the textarea.
 */
export class AttachmentsController implements ReactiveController {
  private byMode: Record<ComposerMode, File[]> = { reply: [], note: [] };
  private errors: string[] = [];
  private dragging = false;

  constructor(private readonly host: ReactiveControllerHost & AttachmentsHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dragging = false;
  }

  /** The files of `mode` (default: the current mode). */
  files(mode: ComposerMode = this.host.mode): File[] {
    return this.byMode[mode];
  }

  add(incoming: Iterable<File>): void {
    const mode = this.host.mode;
    const h = this.host;
    const { files, errors } = acceptFiles(this.byMode[mode], incoming, h, h.msg, h.resolvedLocale);
    this.byMode = { ...this.byMode, [mode]: files };
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** Removes `file` (its remove button hands focus on: `data-focus-next`, composer/focus.ts). */
  remove(file: File): void {
    const mode = this.host.mode;
    this.byMode = { ...this.byMode, [mode]: this.byMode[mode].filter((f) => f !== file) };
    this.errors = [];
    this.host.requestUpdate();
  }

  /** After a confirmed send of `mode`. */
  sent(mode: ComposerMode): void {
    this.byMode = { ...this.byMode, [mode]: [] };
    this.errors = [];
    this.host.requestUpdate();
  }

  /** Another ticket: forget everything. */
  reset(): void {
    this.byMode = { reply: [], note: [] };
    this.errors = [];
    this.host.requestUpdate();
  }

  clearErrors(): void {
    if (!this.errors.length) return;
    this.errors = [];
    this.host.requestUpdate();
  }

  get isDragging(): boolean {
    return this.dragging;
  }

  readonly onPaste = (e: ClipboardEvent): void => {
    const files = [...(e.clipboardData?.files ?? [])];
    if (!files.length) return;
    if (!e.clipboardData?.types.includes('text/plain')) e.preventDefault();
    this.add(files);
  };

  /** dragenter / dragover / dragleave / drop on the form. */
  readonly onDrag = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    const form = e.currentTarget as HTMLElement;
    const was = this.dragging;
    if (e.type === 'drop') {
      this.dragging = false;
      this.add([...e.dataTransfer.files]);
    } else if (e.type === 'dragleave') {
      const to = e.relatedTarget as Node | null;
      if (!to || !form.contains(to)) this.dragging = false;
    } else {
      this.dragging = true;
    }
    if (was !== this.dragging) this.host.requestUpdate();
  };

  renderList(disabled: boolean) {
    const h = this.host;
    return renderAttachments(
      this.files(),
      (f) => this.remove(f),
      disabled,
      h.msg,
      h.resolvedLocale,
    );
  }

  renderErrors() {
    if (!this.errors.length) return nothing;
    return html`<div class="file-errors" role="alert">
      <ul>
        ${this.errors.map((m) => html`<li>${m}</li>`)}
      </ul>
    </div>`;
  }

  renderDropHint() {
    return this.dragging
      ? html`<div class="drop-hint" aria-hidden="true">${this.host.msg.attachments.dropHint}</div>`
      : nothing;
  }

  /** The hidden file input and the "Attach files" button that opens it. */
  renderPicker(disabled: boolean) {
    return html`<input
        type="file"
        multiple
        hidden
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          this.add([...(input.files ?? [])]);
          input.value = '';
        }}
      />
      <button
        type="button"
        class="hd-button attach-button"
        ?disabled=${disabled}
        @click=${() =>
          this.host.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}
      >
        <span aria-hidden="true">📎</span> ${this.host.msg.attachments.attach}
      </button>`;
  }
}
