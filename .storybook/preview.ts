/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswDataLoader, withData } from './data.js';
import { globalTypes, initialGlobals, viewports, withTheme } from './theme.js';
import './preview.css';

// Autodocs read attributes, properties, events, slots, parts and CSS properties from the Custom
// Elements Manifest written by `npm run analyze` (build-storybook runs it first). A glob, so a
// checkout that has not generated it yet still builds (docs then show story args only).
const manifests = import.meta.glob<object>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(publicApiOnly(manifest));

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}
/** The manifest without private / protected / static members: docs show the public API only. */
function publicApiOnly(cem: object): object {
  const isPublic = (m: Member) =>
    !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !/^[_#]/.test(m.name);
  const copy = structuredClone(cem) as { modules?: { declarations?: { members?: Member[] }[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.members) decl.members = decl.members.filter(isPublic);
    }
  }
  return copy;
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  // withData runs first (innermost) so the provider sits inside the themed wrapper
  decorators: [withData, withTheme],
  loaders: [mswDataLoader],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // the theme toolbar replaces backgrounds: the page color comes from --hd-color-page
    backgrounds: { disable: true },
    viewport: { options: viewports },
    a11y: { test: 'error' },
    docs: { toc: true },
    options: {
      storySort: {
        order: ['Introduction', 'Theming', 'Elements', ['Provider', '*'], '*'],
      },
    },
  },
};

export default preview;
