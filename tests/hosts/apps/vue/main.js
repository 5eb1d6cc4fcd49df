import 'conference-summary';
import { createApp } from 'vue';
import App from './App.vue';

const events = [];
const app = createApp(App, { hear: (event) => events.push({ id: event.currentTarget.id, type: event.type, detail: event.detail }) });
const view = app.mount('#app');
window.hostApp = {
  events,
  set: (changes) => view.set(changes),
  call: (name, ...args) => view.call(name, ...args),
};
