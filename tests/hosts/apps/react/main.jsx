// React 19 renders custom elements natively: it sets a prop as the element's
// property when the element has one, and `on` + an event's name adds a
// listener, which the dashed aliases of the element's events make spellable.
import 'conference-summary';
import { useImperativeHandle, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const events = [];
const hear = (event) => events.push({ id: event.currentTarget.id, type: event.type, detail: event.detail });

function App({ control }) {
  const [props, setProps] = useState({ section: 'quotes', lang: 'en', theme: 'dark', src: '/summary-a.json', expanded: true });
  const widget = useRef(null);
  useImperativeHandle(control, () => ({
    set: (changes) => flushSync(() => setProps((current) => ({ ...current, ...changes }))),
    call: (name, ...args) => widget.current[name](...args),
  }));
  return (
    <>
      <conference-summary
        id="main"
        ref={widget}
        section={props.section}
        lang={props.lang}
        theme={props.theme}
        src={props.src}
        expanded={props.expanded}
        onconference-summary-ready={hear}
        onconference-summary-section-change={hear}
        onconference-summary-quote-toggle={hear}
        onconference-summary-error={hear}
      />
      <conference-summary id="broken" src="/missing.json" onconference-summary-error={hear} />
    </>
  );
}

const control = { current: null };
createRoot(document.getElementById('root')).render(<App control={control} />);
window.hostApp = {
  events,
  set: (changes) => control.current.set(changes),
  call: (name, ...args) => control.current.call(name, ...args),
};
