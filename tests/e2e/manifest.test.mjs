// The element's manifest (custom-elements.json, generated from crates/model/src/element_api.rs)
// against the element itself, in the browser: every attribute, member, event,
// part and custom property the element supports is listed, and everything
// listed is supported.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { ELEMENT, MANIFEST, SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { pickTab, toggleQuote, waitReady } from './support/widget.mjs';

const names = (list) => list.map((entry) => entry.name).sort();

// Records every event of ours dispatched anywhere, whoever dispatches it,
// by its 1.x name or its alias, with its target and (by number) its detail.
const DISPATCHES = () => {
  window.__dispatched = [];
  const ids = new WeakMap();
  let count = 0;
  const id = (object) => {
    if (typeof object !== 'object' || object === null) return null;
    if (!ids.has(object)) ids.set(object, ++count);
    return ids.get(object);
  };
  let targets = 0;
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (/^conference-summary[:-]/.test(event.type)) {
      this.__target ??= ++targets;
      window.__dispatched.push({
        type: event.type,
        detail: Object.keys(event.detail ?? {}).sort(),
        detailId: id(event.detail),
        target: this.__target,
        bubbles: event.bubbles,
        composed: event.composed,
      });
    }
    return dispatch.call(this, event);
  };
};

const session = useBrowserAndBuild({
  '/missing.json': { status: 404, body: 'not here', type: 'text/plain' },
});

test('the manifest lists the element as the build defines it', () => {
  assert.equal(ELEMENT.tagName, 'conference-summary');
  assert.deepEqual(MANIFEST.modules[0].exports[0], {
    kind: 'custom-element-definition',
    name: 'conference-summary',
    declaration: { name: ELEMENT.name, module: 'embed.js' },
  });
  assert.deepEqual(names(ELEMENT.attributes), ['deep-link', 'expanded', 'lang', 'loading', 'section', 'src', 'theme', 'timeout']);
  const css = readFileSync(join(DIST, FILES.stylesheet), 'utf8');
  const used = [...new Set([...css.matchAll(/var\((--cs-[a-z][a-z-]*)/g)].map((match) => match[1]))].sort();
  assert.deepEqual(names(ELEMENT.cssProperties), used, 'the custom properties the stylesheet reads');
});

test('the element supports exactly the attributes, members, events and parts the manifest lists', async () => {
  session.server.route(
    '/manifest.html',
    hostPage(`<conference-summary id="widget"></conference-summary>
<conference-summary id="broken" src="/missing.json"></conference-summary>`),
  );
  const allowed = [/conference-summary: src="\/missing.json"/, /404/];
  await session.visit('/manifest.html', { init: DISPATCHES, allowed }, async ({ page }) => {
    await waitReady(page, 'widget');
    const widget = page.locator('#widget');
    await eventually(async () =>
      assert.ok(await page.locator('#broken').evaluate((host) => !!host.shadowRoot?.querySelector('[part~=error]'))),
    );

    // Attributes: every one observed.
    const observed = await page.evaluate(() => [...customElements.get('conference-summary').observedAttributes].sort());
    const listed = names(ELEMENT.attributes);
    assert.deepEqual(observed, listed);
    // The loader names attributes through its API constants (ATTRIBUTE.x, from
    // the "attributes" table the build writes into it), or literally. Its
    // source says which, in its modules: the minified bundle renames ATTRIBUTE.
    const table = /"attributes":(\{[^{}]*\})/.exec(readFileSync(join(DIST, 'embed.js'), 'utf8'));
    assert.ok(table, 'the loader has its table of attribute names');
    const ATTRIBUTE = JSON.parse(table[1]);
    const modules = new URL('../../assets/loader/', import.meta.url);
    const loader = [new URL('../embed.js', modules), ...readdirSync(modules).map((name) => new URL(name, modules))]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const read = [
      ...new Set(
        [...loader.matchAll(/(?:get|has)Attribute\((?:['"]([a-z-]+)['"]|ATTRIBUTE\.(\w+)|ATTRIBUTE\[['"]([a-z-]+)['"]\])\)/g)].map(
          ([, literal, dotted, bracketed]) => {
            if (literal) return literal;
            const key = dotted ?? bracketed;
            assert.ok(key in ATTRIBUTE, `the loader reads ATTRIBUTE.${key}, which its table lacks`);
            return ATTRIBUTE[key];
          },
        ),
      ),
    ];
    assert.ok(read.length >= 3, `the loader reads only ${read}`);
    for (const name of read) assert.ok(listed.includes(name), `the loader reads ${name}, which the manifest does not list`);
    assert.ok(read.includes('timeout'), 'the loader reads timeout');

    // Members: the class's own, less the lifecycle callbacks.
    const members = await page.evaluate(() =>
      Object.getOwnPropertyNames(customElements.get('conference-summary').prototype)
        // dispatchEvent is EventTarget's, refined to send each event's alias.
        .filter((name) => !['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'dispatchEvent'].includes(name))
        .sort(),
    );
    assert.deepEqual(members, names(ELEMENT.members));

    // Every section, every quote open, every source paragraph: all parts
    // rendered. Only the panel shown has content: parts are gathered as each is.
    const found = new Set();
    const gather = async () => {
      const seen = await page.evaluate(() => {
        const parts = [];
        for (const host of document.querySelectorAll('conference-summary')) {
          for (const element of host.shadowRoot.querySelectorAll('[part]')) {
            parts.push(...element.getAttribute('part').split(/\s+/));
          }
        }
        return parts;
      });
      for (const part of seen) found.add(part);
    };
    for (const section of SECTIONS) {
      await pickTab(widget, section);
      await gather();
    }
    await pickTab(widget, 'quotes');
    await toggleQuote(widget, 'perez-testimony');
    await gather();
    await page.evaluate(() => document.querySelector('#widget').showSection('funders'));
    await widget.locator('#cs-panel-funders').waitFor({ state: 'visible' });
    await gather();
    assert.deepEqual([...found].sort(), names(ELEMENT.cssParts));

    // Events: every one fired has the name and detail the manifest gives it.
    const dispatched = await page.evaluate(() => window.__dispatched);
    const types = [...new Set(dispatched.map((event) => event.type))].sort();
    assert.deepEqual(types, names(ELEMENT.events));
    for (const event of ELEMENT.events) {
      const fields = [...event.type.text.matchAll(/(\w+):/g)].map((match) => match[1]).sort();
      for (const seen of dispatched.filter((entry) => entry.type === event.name)) {
        assert.deepEqual(seen.detail, fields, `${event.name}: detail`);
      }
    }
    // Each event is followed by its alias: on the same element, with the
    // same detail, bubbling and composed; originals and aliases in the same order.
    const originals = dispatched.filter((entry) => entry.type.includes(':'));
    const aliases = dispatched.filter((entry) => !entry.type.includes(':'));
    assert.ok(originals.length >= 4, `only ${originals.length} events`);
    assert.deepEqual(
      aliases.map(({ type, detailId, target }) => ({ type, detailId, target })),
      originals.map(({ type, detailId, target }) => ({ type: type.replace(':', '-'), detailId, target })),
    );
    assert.ok(dispatched.every((entry) => entry.bubbles && entry.composed));
  });
});
