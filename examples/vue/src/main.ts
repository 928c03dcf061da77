import { createApp } from 'vue';
// Defines <gp-tutorial> before Vue first renders it.
import 'guidepost/elements/gp-tutorial.js';
// The package's types for the gp-* elements in templates (props and @gp-* events), once per app.
import type {} from 'guidepost/vue';
import App from './App.vue';

createApp(App).mount('#app');
