import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineTokenTable } from './theming.tokens.js';

defineTokenTable();

/**
 * Every design token with a live swatch. The list is generated from `themesCss`
 * (src/tokens/themes.ts) at runtime; switch theme and brand in the toolbar to see the values move.
 */
const meta: Meta = {
  title: 'Theming',
  // the Theming docs page is stories/theming.mdx
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const Tokens: StoryObj = {
  render: (_args, { globals }) =>
    html`<sb-token-table
      .theme=${String(globals.theme ?? '')}
      .brand=${String(globals.brand ?? '')}
    ></sb-token-table>`,
};
