/**
 * The demo page (`npm start`): the whole cockpit on the embedded memory adapter, or on the
 * REST adapter against the msw-mocked API (`?source=rest`). Settings persist in the URL.
 */
import '../src/index.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { createDemoData } from '../src/mocks/demo-data.js';
import type { HelpdeskAdapter, SavedView } from '../src/adapter/types.js';

const params = new URLSearchParams(location.search);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const theme = $<HTMLSelectElement>('theme');
const brand = $<HTMLInputElement>('brand');
const source = $<HTMLSelectElement>('source');
const live = $<HTMLInputElement>('live');
const noEmail = $<HTMLInputElement>('no-email');
const lang = $<HTMLSelectElement>('lang');
const rtl = $<HTMLInputElement>('rtl');
const cockpit = document.querySelector('hd-cockpit')!;

theme.value = params.get('theme') ?? 'light';
source.value = params.get('source') ?? 'memory';
live.checked = params.get('live') === '1';
noEmail.checked = params.get('noEmail') === '1';
lang.value = params.get('lang') ?? 'en';
rtl.checked = params.get('dir') === 'rtl';
// a brand the agent picked (or one in the URL) overrides the theme's; else the picker shows the
// theme's own brand color
let customBrand = !!params.get('brand');
if (customBrand) brand.value = params.get('brand')!;

function applyLook() {
  document.documentElement.dataset.theme = theme.value;
  // the cockpit's language and direction (the demo's own controls stay English, left-to-right)
  cockpit.lang = lang.value;
  cockpit.dir = rtl.checked ? 'rtl' : 'ltr';
  if (customBrand) document.documentElement.style.setProperty('--hd-brand', brand.value);
  else {
    const themeBrand = getComputedStyle(document.documentElement).getPropertyValue('--hd-brand');
    if (/^#[0-9a-f]{6}$/i.test(themeBrand.trim())) brand.value = themeBrand.trim();
  }
}

/**
 * The demo's backend is made anew on every load, but an agent's saved views are expected to
 * persist (a real backend keeps them): the demo keeps them in localStorage, for either source.
 */
const VIEWS_KEY = 'hd-demo:saved-views';

function storedViews(): SavedView[] | undefined {
  try {
    const views: unknown = JSON.parse(localStorage.getItem(VIEWS_KEY) ?? 'null');
    return Array.isArray(views) ? (views as SavedView[]) : undefined;
  } catch {
    return undefined; // unreadable: the demo's own views
  }
}

function keepViews(adapter: HelpdeskAdapter): HelpdeskAdapter {
  const { saveView, deleteView, listSavedViews } = adapter;
  if (!saveView || !deleteView || !listSavedViews) return adapter;
  const store = async () => {
    try {
      localStorage.setItem(VIEWS_KEY, JSON.stringify(await listSavedViews.call(adapter)));
    } catch {
      // storage full or blocked: the views last until the next reload
    }
  };
  adapter.saveView = async (view) => {
    const saved = await saveView.call(adapter, view);
    await store();
    return saved;
  };
  adapter.deleteView = async (id) => {
    await deleteView.call(adapter, id);
    await store();
  };
  return adapter;
}

async function makeAdapter(): Promise<HelpdeskAdapter> {
  const data = createDemoData({ seed: 7, tickets: 60, now: Date.now() });
  data.tenant.emailAccountConfigured = !noEmail.checked;
  data.savedViews = storedViews() ?? data.savedViews;
  if (source.value === 'rest') {
    const { startMockApi } = await import('../src/mocks/browser.js');
    const { createRestAdapter } = await import('../src/adapter/rest/index.js');
    // "Live feed": the mock backend plays the other people and pushes it over GET /events
    await startMockApi({ data, latencyMs: [80, 300], liveFeedMs: live.checked ? 8000 : 0 });
    return keepViews(
      createRestAdapter({ baseUrl: `${location.origin}/api`, csrfToken: 'demo-csrf-token' }),
    );
  }
  const adapter = createMemoryAdapter({ data, latencyMs: [60, 250] });
  if (live.checked) adapter.startLiveFeed({ intervalMs: 8000 });
  return keepViews(adapter);
}

function persist() {
  const next = new URLSearchParams({ theme: theme.value, source: source.value });
  if (live.checked) next.set('live', '1');
  if (noEmail.checked) next.set('noEmail', '1');
  if (lang.value !== 'en') next.set('lang', lang.value);
  if (rtl.checked) next.set('dir', 'rtl');
  if (customBrand) next.set('brand', brand.value);
  history.replaceState(null, '', `?${next}`);
}

for (const input of [theme, lang, rtl]) {
  input.addEventListener('change', () => {
    persist();
    applyLook();
  });
}
brand.addEventListener('input', () => {
  customBrand = true;
  document.documentElement.style.setProperty('--hd-brand', brand.value);
  persist();
});
// data settings need a fresh backend: reload with them in the URL
for (const input of [source, live, noEmail]) {
  input.addEventListener('change', () => {
    persist();
    location.reload();
  });
}

applyLook();
cockpit.adapter = await makeAdapter();
