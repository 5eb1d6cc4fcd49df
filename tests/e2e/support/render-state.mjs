// What stands in a widget's shadow root once the script has rendered it:
// the widget's own render in one mount, styled by the page's shared sheet
// (adopted), or, where the element came prerendered, by the <link> to the
// stylesheet the snippet brought. Nothing of the prerendered markup is left:
// no `data-cs-render` fingerprint, no comment (no hydration markers).
import assert from 'node:assert/strict';
import { FILES } from './build.mjs';

/** The render state of every widget matching `selector` on `page`. */
export function renderStates(page, selector = 'conference-summary') {
  return page.evaluate((selector) => {
    const hosts = [...document.querySelectorAll(selector)];
    return hosts.map((host) => {
      const root = host.shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      let comments = 0;
      while (walker.nextNode()) comments += 1;
      return {
        id: host.id,
        top: [...root.children].map((child) => `${child.localName}.${child.className}`),
        sheets: root.adoptedStyleSheets.length,
        links: [...root.querySelectorAll('link')].map((link) => `${link.getAttribute('href')} ${link.sheet ? 'loaded' : 'not loaded'}`),
        cards: root.querySelectorAll('article.cs').length,
        fingerprints: root.querySelectorAll('[data-cs-render]').length + (host.hasAttribute('data-cs-render') ? 1 : 0),
        comments,
        hidden: root.querySelector('.cs-mount').hidden,
      };
    });
  }, selector);
}

/**
 * A prerendered widget replaced by its own render: the link it came with,
 * loaded, then one mount; `crowded` where the page has more widgets than the
 * loader lays out off screen (embed.test.mjs).
 */
export const replaced = (id, { stylesheet = FILES.stylesheet, crowded = false } = {}) => ({
  id,
  top: ['link.', crowded ? 'div.cs-mount cs-crowded' : 'div.cs-mount'],
  sheets: 0,
  links: [`${stylesheet} loaded`],
  cards: 1,
  fingerprints: 0,
  comments: 0,
  hidden: false,
});

/** A widget the client rendered from the start: one mount, the page's shared sheet adopted. */
export const rendered = (id) => ({ ...replaced(id), top: ['div.cs-mount'], sheets: 1, links: [] });

/** Asserts every widget matching `selector` had its prerendered markup replaced by its own render. */
export async function assertReplaced(page, selector = 'conference-summary', stylesheet = FILES.stylesheet) {
  const states = await renderStates(page, selector);
  assert.ok(states.length > 0, `no ${selector}`);
  assert.deepEqual(
    states,
    states.map(({ id }) => replaced(id, { stylesheet })),
    'replaced: the link it came with and one mount, nothing else of the prerendered markup',
  );
}
