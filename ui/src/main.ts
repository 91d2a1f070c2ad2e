import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { i18n, loadLocale } from './lib/i18n.svelte';
import { installValidity } from './lib/validity';

installValidity();
// The language shown is fetched before the first screen, which then never shows English
// for a moment; if it cannot be, English stands in.
loadLocale(i18n.locale)
  .catch((e) => console.error('catalog', e))
  .finally(() => mount(App, { target: document.getElementById('app')! }));
