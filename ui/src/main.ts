import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { installValidity } from './lib/validity';

installValidity();
mount(App, { target: document.getElementById('app')! });
