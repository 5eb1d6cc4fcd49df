// The app without a framework: the element's properties and events, as a
// bundler user writes them.
import 'conference-summary';

const EVENTS = ['ready', 'section-change', 'quote-toggle', 'error'];
const PROPERTIES = ['section', 'lang', 'theme', 'src', 'expanded'];

const events = [];
const hear = (event) => events.push({ id: event.currentTarget.id, type: event.type, detail: event.detail });

function widget(id, properties) {
  const element = document.createElement('conference-summary');
  element.id = id;
  Object.assign(element, properties);
  for (const name of EVENTS) element.addEventListener(`conference-summary-${name}`, hear);
  document.body.append(element);
  return element;
}

const main = widget('main', { section: 'quotes', lang: 'en', theme: 'dark', src: '/summary-a.json', expanded: true });
widget('broken', { src: '/missing.json' });

window.hostApp = {
  events,
  set(changes) {
    for (const name of PROPERTIES) if (name in changes) main[name] = changes[name];
  },
  call: (name, ...args) => main[name](...args),
};
