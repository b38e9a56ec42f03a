import { css } from 'lit';

export const peekStyles = css`
  :host {
    display: contents;
    --_inset: var(--hd-peek-inset, var(--hd-space-4));
  }

  /* the dialog is a transparent full-viewport layer; the scrim and the panel are inside it */
  dialog {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    background: transparent;
    color: var(--hd-color-text);
  }
  dialog::backdrop {
    background: transparent;
  }
  .scrim {
    position: absolute;
    inset: 0;
    background: var(--hd-color-scrim);
    animation: hd-peek-fade var(--hd-duration) ease-out;
  }
  /* the panel sits at the inline end (right in ltr, left in rtl) and slides in from there */
  .panel {
    --_slide-from: 2rem;
    position: absolute;
    top: var(--_inset);
    inset-inline-end: var(--_inset);
    bottom: var(--_inset);
    width: min(var(--hd-peek-width, 72rem), 100% - 2 * var(--_inset));
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--hd-color-surface);
    color: var(--hd-color-text);
    border: 1px solid var(--hd-color-border);
    border-radius: var(--hd-radius-l);
    box-shadow: var(--hd-shadow-overlay);
    container: hd-peek / inline-size;
    animation: hd-peek-slide calc(var(--hd-duration) * 1.4) cubic-bezier(0.2, 0.8, 0.2, 1);
  }
  @media (max-width: 40rem) {
    :host {
      --_inset: var(--hd-space-2);
    }
  }
  .panel:dir(rtl) {
    --_slide-from: -2rem;
  }
  @keyframes hd-peek-slide {
    from {
      transform: translateX(var(--_slide-from));
    }
  }
  @keyframes hd-peek-fade {
    from {
      opacity: 0;
    }
  }

  .close {
    position: absolute;
    top: var(--hd-space-3);
    inset-inline-end: var(--hd-space-3);
    z-index: 1;
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--hd-radius-m);
    background: transparent;
    color: var(--hd-color-text-quiet);
    cursor: pointer;
  }
  .close:hover {
    color: var(--hd-color-text);
    border-color: var(--hd-color-border);
  }
  .close svg {
    width: 1rem;
    height: 1rem;
  }

  /* ---- header ---- */
  /* one column that never grows past the panel (a long subject or name cannot widen it) */
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--hd-space-2);
    padding-block: var(--hd-space-4) var(--hd-space-3);
    padding-inline: var(--hd-space-5) var(--hd-space-6);
    border-bottom: 1px solid var(--hd-color-border);
    background: var(--hd-color-surface);
  }
  .header p {
    margin: 0;
  }
  .identity {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--hd-space-1);
    padding-inline-end: var(--hd-space-5);
    min-width: 0;
  }
  .number {
    font-size: var(--hd-font-size-s);
    font-variant-numeric: tabular-nums;
    color: var(--hd-color-text-quiet);
  }
  /* a subject of any length: at most three lines, cut with an ellipsis (full text in title) */
  .subject {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    margin: 0;
    font-size: var(--hd-font-size-xl);
    font-weight: var(--hd-font-weight-strong);
    line-height: 1.25;
    overflow-wrap: anywhere;
    /* dir="auto" gives the subject its own base direction (punctuation, mixed scripts); it
       still lines up with the header's start, like the number and contact line (rtl too) */
    text-align: -webkit-match-parent; /* Chromium */
    text-align: match-parent;
  }
  /* focused by script (a used control went away): a ring after keyboard use only */
  .subject:focus:not(:focus-visible) {
    outline: none;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-1);
    color: var(--hd-color-text-quiet);
  }
  /* a name, address or client of any length stays on one line (full text in title) */
  .who > * {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .contact {
    color: var(--hd-color-text);
  }
  /* the separator ends the line before the client, so a wrapped line never starts with it */
  .who > :has(+ .client)::after {
    content: ' ·' / '';
  }
  .presence {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hd-space-1);
  }
  .presence-chip {
    padding: 0 var(--hd-space-2);
    border-radius: var(--hd-radius-pill);
    background: var(--hd-color-accent-quiet);
    color: var(--hd-color-text);
    font-size: var(--hd-font-size-xs);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hd-space-2);
  }
  .field-error,
  .refresh-error {
    padding: var(--hd-space-2) var(--hd-space-3);
    font-size: var(--hd-font-size-s);
  }
  .refresh-error {
    margin: var(--hd-space-2) var(--hd-space-4) 0;
  }
  .notes-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--hd-space-1);
    padding: var(--hd-space-1) 0;
    border: 0;
    background: none;
    color: var(--hd-color-note-text);
    font-weight: var(--hd-font-weight-strong);
    cursor: pointer;
  }
  .notes-toggle:dir(rtl) .disclosure {
    display: inline-block;
    transform: scaleX(-1);
  }
  .notes-panel {
    max-height: min(12rem, 25dvh);
    overflow-y: auto;
    padding: var(--hd-space-2) var(--hd-space-3);
    border: 1px dashed var(--hd-color-note-border);
    border-radius: var(--hd-radius-m);
    background: var(--hd-color-note-bg);
    color: var(--hd-color-note-text);
  }
  .notes-panel[hidden] {
    display: none;
  }
  .notes-list {
    display: grid;
    gap: var(--hd-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .note-meta {
    font-size: var(--hd-font-size-xs);
  }
  .note-body {
    text-align: start;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .quiet {
    color: var(--hd-color-text-quiet);
    font-size: var(--hd-font-size-s);
  }
  .notes-panel .quiet {
    color: inherit;
  }

  /* ---- body: thread (hero) + context stack ---- */
  .body {
    flex: 1 1 auto;
    min-height: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--hd-peek-context-width, 22rem);
  }
  .main {
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
    border-inline-end: 1px solid var(--hd-color-border);
  }
  /* the conversation is the hero: a growing composer (a suggestion, attachments, a macro) or
     open notes never squeeze it below a usable height; the composer area scrolls instead */
  .thread-pane {
    flex: 1 1 0;
    min-height: min(50%, 22rem);
    display: flex;
    flex-direction: column;
    background: var(--hd-color-surface-sunken);
  }
  /* the pinned card keeps its whole frame: a long card scrolls inside it, never clipped */
  .pin {
    flex: none;
    display: flex;
    flex-direction: column;
    max-height: min(14rem, 35%);
    min-height: 0;
    margin: var(--hd-space-3) var(--hd-space-4) var(--hd-space-1);
  }
  .pin::part(card) {
    --_pin-bg: var(--hd-customer-history-background, var(--hd-color-surface-raised));
    --_pin-shade: color-mix(in srgb, var(--hd-color-text) 25%, transparent);
    min-height: 0;
    overflow-y: auto;
    /* scroll shadows: a soft edge says there is more above / below (covers scroll with the
       content and hide the shadows at either end) */
    background:
      linear-gradient(var(--_pin-bg) 30%, transparent) top / 100% 2rem no-repeat local,
      linear-gradient(transparent, var(--_pin-bg) 70%) bottom / 100% 2rem no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_pin-shade), transparent) top / 100% 0.75rem
        no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_pin-shade), transparent) bottom / 100%
        0.75rem no-repeat scroll,
      var(--_pin-bg);
  }
  hd-peek-thread {
    flex: 1 1 auto;
  }
  .footer {
    flex: 0 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--hd-space-3) var(--hd-space-4);
    border-top: 1px solid var(--hd-color-border);
    background: var(--hd-color-surface);
  }
  .context {
    display: flex;
    flex-direction: column;
    gap: var(--hd-space-3);
    min-height: 0;
    overflow-y: auto;
    padding: var(--hd-space-4);
    background: var(--hd-color-surface);
  }
  .message {
    padding: var(--hd-space-5);
  }

  @container hd-peek (width < 680px) {
    .body {
      display: block;
      overflow-y: auto;
    }
    .main {
      border-inline-end: 0;
      border-bottom: 1px solid var(--hd-color-border);
    }
    .thread-pane {
      flex: none;
      height: max(18rem, 55dvh);
      min-height: 0;
    }
    .footer {
      overflow: visible;
    }
    .context {
      overflow: visible;
    }
    .header {
      padding-inline-start: var(--hd-space-4);
    }
  }

  /* ---- loading skeleton ---- */
  .bone {
    height: 0.875rem;
    width: 40%;
    border-radius: var(--hd-radius-s);
    background: var(--hd-color-skeleton);
  }
  .bone.short {
    width: 4rem;
  }
  .bone.title {
    height: 1.5rem;
    width: 60%;
  }
  .bone.block {
    flex: 1;
    width: auto;
    margin: var(--hd-space-4);
    border-radius: var(--hd-radius-l);
  }
  .bone.card {
    height: 7rem;
    width: auto;
    border-radius: var(--hd-radius-m);
  }
  .loading .main {
    background: var(--hd-color-surface-sunken);
  }
`;
