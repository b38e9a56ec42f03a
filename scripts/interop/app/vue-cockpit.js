// Vue 3 with <hd-cockpit> and a boolean flag bound in kebab case.
import { createApp, nextTick } from 'vue';
import 'hd-cockpit';
import CockpitFlag, { flag } from './CockpitFlag.vue';

createApp(CockpitFlag).mount('#root');
window.hostApi = {
  set: async (patch) => {
    Object.assign(flag, patch);
    await nextTick();
  },
};
