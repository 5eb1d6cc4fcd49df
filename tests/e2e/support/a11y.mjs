// For the accessibility tests (a11y-*.test.mjs) and their screenshots: host
// pages that put one widget in a container of a given width, and what the
// reader gets from it: colours, contrast ratios, boxes.
import assert from 'node:assert/strict';
import { eventually } from './eventually.mjs';
import { hostPage } from './html.mjs';
import { SECTIONS } from './manifest.mjs';
import { QUOTE_IDS } from './summary.mjs';
import { waitReady, widgetState } from './widget.mjs';

/** WCAG 2.2 AA, as axe-core tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Path of axe-core's browser build. */
export const AXE_PATH = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

/**
 * A host page with one widget (#w) in a div `width` px wide. `attributes` go
 * on the element as written; `links` puts a focusable link before and after it.
 */
export function widgetPage({ width = 1024, attributes = '', htmlLang = 'en', links = false } = {}) {
  return hostPage(
    `${links ? '<p><a id="before" href="#before">Before the widget</a></p>\n' : ''}<div id="box"><conference-summary id="w" ${attributes}></conference-summary></div>
${links ? '<p><a id="after" href="#after">After the widget</a></p>' : ''}`,
    {
      lang: htmlLang,
      head: `<style>
  body { margin: 0; padding: 16px; background: #fff; }
  #box { width: ${width}px; }
</style>`,
    },
  );
}

/**
 * Visits (session.visit) widgetPage(`pageOptions`) at `path` with `options`
 * (which may be left out): waits until the widget is ready and installTools'
 * helpers are in the page, then runs `body(opened)`.
 */
export function visitWidgetPage(session, path, pageOptions, options, body) {
  return session.visit(path, { ...(body ? options : {}), html: widgetPage(pageOptions) }, async (opened) => {
    await waitReady(opened.page, 'w');
    await installTools(opened.page);
    await (body ?? options)(opened);
  });
}

/** Shows `section` through the attribute and waits until its panel is the one shown. */
export async function showSection(widget, section) {
  await widget.evaluate((host, section) => host.setAttribute('section', section), section);
  await eventually(async () => {
    assert.deepEqual((await widgetState(widget)).shownPanels, [section]);
  });
}

/**
 * Opens (`true`) or closes every quote through the `expanded` attribute, and
 * waits for it. Only the panel shown has content: with the quotes shown, every
 * toggle must say so; with another section shown, the quotes panel must be
 * empty (the quotes' state is checked when that panel is shown).
 */
export async function setExpanded(widget, open) {
  await widget.evaluate((host, open) => host.toggleAttribute('expanded', open), open);
  await eventually(async () => {
    const { openQuotes, shownPanels } = await widgetState(widget);
    if (shownPanels[0] === 'quotes') {
      assert.equal(openQuotes.length, open ? QUOTE_IDS.length : 0, `open quotes: ${openQuotes}`);
    } else {
      const hiddenQuotes = await widget.evaluate(
        (host) => host.shadowRoot.getElementById('cs-panel-quotes').childNodes.length,
      );
      assert.equal(hiddenQuotes, 0, 'the hidden quotes panel has content');
      assert.deepEqual(openQuotes, [], 'quote toggles outside the quotes panel');
    }
  });
}

/**
 * Opens (`true`) or closes every source paragraph (¶) of the panel shown, by
 * clicking their buttons, and waits until each says so.
 */
export async function setSourcesOpen(widget, open) {
  await widget.evaluate((host, open) => {
    const panel = host.shadowRoot.querySelector('[role=tabpanel]:not([hidden])');
    for (const button of panel.querySelectorAll('.cs-source-toggle')) {
      if ((button.getAttribute('aria-expanded') === 'true') !== open) button.click();
    }
  }, open);
  await eventually(async () => {
    const wrong = await widget.evaluate((host, open) => {
      const panel = host.shadowRoot.querySelector('[role=tabpanel]:not([hidden])');
      return [...panel.querySelectorAll('.cs-source-toggle')].filter(
        (button) =>
          button.getAttribute('aria-expanded') !== String(open) ||
          host.shadowRoot.getElementById(button.getAttribute('aria-controls')).hidden === open,
      ).length;
    }, open);
    assert.equal(wrong, 0, `source paragraphs not ${open ? 'open' : 'closed'}`);
  });
}

/**
 * Shows every section in turn, each first with its quotes and source
 * paragraphs closed, then open, and runs `check(section, open)` in each state.
 */
export async function eachState(widget, check) {
  for (const section of SECTIONS) {
    await showSection(widget, section);
    for (const open of [false, true]) {
      await setExpanded(widget, open);
      await setSourcesOpen(widget, open);
      await check(section, open);
    }
  }
}

/**
 * Installs helpers on window.__a11y in the page: parsing computed
 * colours, compositing, the effective background behind an element (walking
 * up through the shadow boundary) and WCAG contrast ratios.
 */
export function installTools(page) {
  return page.evaluate(() => {
    const parse = (value) => {
      const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
      if (!match) throw new Error(`cannot parse colour ${value}`);
      const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
    };
    // `top` painted over an opaque `bottom`.
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const parentOf = (element) =>
      element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
    // The opaque colour behind `element`'s content: its own background and
    // its ancestors', composited, over the white canvas.
    const backgroundOf = (element) => {
      const layers = [];
      for (let node = element; node; node = parentOf(node)) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour.a > 0) layers.push(colour);
        if (colour.a >= 1) break;
        if (getComputedStyle(node).backgroundImage !== 'none') {
          throw new Error(`background image on ${node.localName}.${node.className}`);
        }
      }
      return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
    };
    const luminance = ({ r, g, b }) => {
      const channel = (value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (one, two) => {
      const [light, dark] = [luminance(one), luminance(two)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const hex = ({ r, g, b }) =>
      `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
    /** Contrast of `element`'s text against what is behind it. */
    const textContrast = (element) => {
      const background = backgroundOf(element);
      const colour = over(parse(getComputedStyle(element).color), background);
      return { ratio: ratio(colour, background), colour: hex(colour), background: hex(background) };
    };
    /** A short description of an element, for messages: tag#id.class. */
    const describe = (element) => {
      if (!element) return null;
      const id = element.id ? `#${element.id}` : '';
      const classes =
        typeof element.className === 'string' && element.className.trim()
          ? `.${element.className.trim().split(/\s+/).join('.')}`
          : '';
      return `${element.localName}${id}${classes}`;
    };
    window.__a11y = { parse, over, parentOf, backgroundOf, luminance, ratio, hex, textContrast, describe };
  });
}
