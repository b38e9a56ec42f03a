/**
 * Toolbar globals: theme (data-theme on the preview's <html>) and the white-label brand color
 * (--hd-brand on <html>), plus the viewport presets.
 */
import { html, nothing } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { THEMES, adoptThemes, type ThemeName } from '../src/tokens/themes.js';

/**
 * White-label presets for `--hd-brand`. `default` keeps each theme's own brand color. The
 * light ones (amber, mint) show the accent family re-deriving a darker accent for AA contrast.
 */
export const BRANDS: Record<string, { title: string; color?: string }> = {
  default: { title: 'Theme default' },
  teal: { title: 'Teal', color: '#0f766e' },
  crimson: { title: 'Crimson', color: '#c2185b' },
  forest: { title: 'Forest', color: '#2e7d32' },
  amber: { title: 'Amber (light brand)', color: '#ffb300' },
  mint: { title: 'Mint (light brand)', color: '#7ee0c3' },
  graphite: { title: 'Graphite', color: '#37474f' },
};

const THEME_TITLES: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  tinted: 'Tinted',
  parchment: 'Parchment',
};

const THEME_ICONS: Record<ThemeName, string> = {
  light: 'sun',
  dark: 'moon',
  tinted: 'contrast',
  parchment: 'document',
};

export const globalTypes = {
  theme: {
    description: 'hd-cockpit theme (data-theme on <html>)',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: THEMES.map((t) => ({ value: t, title: THEME_TITLES[t], icon: THEME_ICONS[t] })),
      dynamicTitle: true,
    },
  },
  brand: {
    description: 'White-label brand color (--hd-brand)',
    toolbar: {
      title: 'Brand',
      icon: 'grow',
      items: Object.entries(BRANDS).map(([value, { title, color }]) => ({
        value,
        title,
        right: color ?? '',
      })),
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { theme: 'light', brand: 'default' };

/** Viewport presets: the 680px breakpoint the elements are designed against, a phone, desktop. */
export const viewports = {
  phone: { name: 'Phone (375px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
  narrow: { name: 'Narrow (680px)', styles: { width: '680px', height: '900px' }, type: 'tablet' },
  laptop: {
    name: 'Laptop (1280px)',
    styles: { width: '1280px', height: '800px' },
    type: 'desktop',
  },
  desktop: {
    name: 'Desktop (1600px)',
    styles: { width: '1600px', height: '1000px' },
    type: 'desktop',
  },
} as const;

export function themeOf(value: unknown): ThemeName {
  return (THEMES as readonly unknown[]).includes(value) ? (value as ThemeName) : 'light';
}

export function brandColorOf(value: unknown): string | undefined {
  return typeof value === 'string' ? BRANDS[value]?.color : undefined;
}

/**
 * Applies theme and brand. In the canvas they go on <html> (the page background follows the
 * theme, see preview.css); on docs pages only the story blocks are themed, on a wrapper.
 */
export const withTheme: Decorator = (story, context) => {
  const theme = themeOf(context.globals.theme);
  const brand = brandColorOf(context.globals.brand);
  const root = document.documentElement;
  adoptThemes(document);
  if (context.viewMode === 'docs') {
    root.removeAttribute('data-theme');
    root.style.removeProperty('--hd-brand');
    return html`<div
      class="hd-sb-docs-canvas"
      data-theme=${theme}
      style=${brand ? `--hd-brand: ${brand}` : nothing}
    >
      ${story()}
    </div>`;
  }
  root.dataset.theme = theme;
  if (brand) root.style.setProperty('--hd-brand', brand);
  else root.style.removeProperty('--hd-brand');
  return story();
};
