/**
 * `styleProps({'--_value': '40%'})`: an element directive that sets inline style properties
 * through the CSSOM (`element.style.setProperty`) and never writes a `style` attribute.
 *
 * Lit's `styleMap` commits its first render as a `style="…"` attribute, which a strict Content
 * Security Policy without `'unsafe-inline'` for styles (e.g. `default-src 'self'`) blocks and
 * reports as a `style-src-attr` violation. CSSOM writes are allowed under any CSP, so every
 * element uses this instead (see docs/decisions.md, "Strict CSP and Trusted Types").
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('styleProps() must be used on an element: <span ${styleProps({})}>');
    }
  }

  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      next.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** Sets the given style properties (custom properties included) through the CSSOM. */
export const styleProps = directive(StylePropsDirective);
