// Custom Elements Manifest (npm run analyze). Events are documented with @fires on each element;
// the analyzer also records every `dispatchEvent(new HdXxxEvent(...))` as an event without a
// name (it cannot read the static eventName), which showed up as blank rows in Storybook's
// autodocs: drop those.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'hd-drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
