// Vue 3 host (an SFC compiled by @vitejs/plugin-vue with the isCustomElement option from
// docs/frameworks.md).
import { createApp, nextTick } from 'vue';
import 'hd-cockpit';
import Host, { state } from './Host.vue';
import { resolvePatch } from './shared.js';

createApp(Host).mount('#root');
window.hostApi = {
  set: async (patch) => {
    Object.assign(state, resolvePatch(patch));
    await nextTick();
  },
};
