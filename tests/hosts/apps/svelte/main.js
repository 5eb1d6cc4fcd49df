import 'conference-summary';
import { mount } from 'svelte';
import App from './App.svelte';

const events = [];
const app = mount(App, {
  target: document.getElementById('app'),
  props: { hear: (event) => events.push({ id: event.currentTarget.id, type: event.type, detail: event.detail }) },
});
window.hostApp = {
  events,
  set: (changes) => app.set(changes),
  call: (name, ...args) => app.call(name, ...args),
};
