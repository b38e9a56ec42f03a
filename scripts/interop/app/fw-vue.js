// Mounts the Vue sample of docs/frameworks.md as it is written.
import { createApp } from 'vue';
import Cockpit from './samples/FrameworksCockpit.vue';

createApp(Cockpit, { csrfToken: 'interop-csrf' }).mount('#root');
