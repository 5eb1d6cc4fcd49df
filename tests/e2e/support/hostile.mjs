// Hostile content for the robustness tests: a valid summary full of markup,
// script URLs and right-to-left overrides, and inventories of what a page or
// a widget's shadow root holds that could run or fetch.
import { SECTIONS } from './manifest.mjs';
import { SUMMARY } from './summary.mjs';
import { pickTab } from './widget.mjs';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  javascript: 'javascript:alert(1)',
  template: '</template>',
  svg: '"><svg onload=alert(1)>',
  // A right-to-left override that nothing closes.
  rlo: '\u202Etxt.exe',
};
export const HOSTILE_STRINGS = Object.values(HOSTILE);
export const HOSTILE_QUOTE = HOSTILE_STRINGS.join(' and ');
export const HOSTILE_PARAGRAPH = `Hostile markup follows: ${HOSTILE_QUOTE} and that is all.`;
/** 19,000 characters of markup, right-to-left overrides and script URLs. */
export const LONG = (() => {
  const unit = `${HOSTILE.img} ${HOSTILE.script} ${HOSTILE.javascript} \u202E `;
  const text = `${unit.repeat(Math.ceil(19_000 / unit.length))}`.slice(0, 18_999);
  return `${text.trimEnd()}${'.'.repeat(19_000 - text.trimEnd().length)}`;
})();
export const HOSTILE_HEADLINE = `${HOSTILE.script} ${HOSTILE.svg} ${HOSTILE.template} ${HOSTILE.rlo} headline`;
export const HOSTILE_TITLE = `${HOSTILE.img} ${HOSTILE.javascript} title`;

/** A valid summary full of hostile strings (source paragraphs 10 and 11 hold them), with `url` as source.url if given. */
export function hostileSummary(url) {
  const summary = structuredClone(SUMMARY);
  summary.headline = HOSTILE_HEADLINE;
  summary.source.title = HOSTILE_TITLE;
  summary.source.paragraphs.push(HOSTILE_PARAGRAPH, LONG);
  summary.aims.push({ text: HOSTILE_PARAGRAPH, source: 10 });
  summary.participants.push({ text: HOSTILE.javascript, source: 10 }, { text: HOSTILE.rlo, source: 10 });
  summary.programme[1].items.push({ text: LONG, source: 11 });
  // Same id, so the quote count stays: another quote, word for word from paragraph 10.
  summary.quotes[3] = { ...summary.quotes[3], text: HOSTILE_QUOTE, source: 10 };
  if (url !== undefined) summary.source.url = url;
  return summary;
}

/** What a shadow root holds: its element names, and anything that could run or fetch. */
export function shadowInventory(host) {
  return host.evaluate((host) => {
    const all = [...host.shadowRoot.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((element) => element.localName))].sort(),
      dangerous: all
        .filter((element) => /^(script|img|svg|iframe|object|embed|template|math|base|meta|style|form|video|audio|source|image|use|frame|frameset|portal)$/.test(element.localName))
        .map((element) => element.outerHTML.slice(0, 120)),
      handlers: all.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
          .map((attribute) => `${element.localName} ${attribute.name}=${attribute.value.slice(0, 60)}`),
      ),
      links: all.filter((element) => element.localName === 'link').map((link) => link.href),
      anchors: all.filter((element) => element.localName === 'a').map((a) => a.getAttribute('href')),
      text: host.shadowRoot.textContent,
    };
  });
}

/**
 * shadowInventory over every section in turn (only the panel shown has
 * content), merged; `texts` are the `.cs-text` items of every panel. Ends on
 * the first section.
 */
export async function inventoryAcross(widget) {
  const merged = { tags: new Set(), dangerous: [], handlers: [], links: [], anchors: [], text: '', texts: [] };
  for (const section of [...SECTIONS.slice(1), SECTIONS[0]]) {
    await pickTab(widget, section);
    const one = await shadowInventory(widget);
    one.tags.forEach((tag) => merged.tags.add(tag));
    for (const key of ['dangerous', 'handlers', 'links', 'anchors']) {
      for (const item of one[key]) if (!merged[key].includes(item)) merged[key].push(item);
    }
    merged.text += one.text;
    merged.texts.push(...(await widget.locator(`#cs-panel-${section} .cs-text`).allTextContents()));
  }
  return { ...merged, tags: [...merged.tags].sort() };
}

/** What the whole document holds that could run or fetch. */
export function documentInventory(page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].map((script) => script.type || 'classic'),
    dangerous: [...document.querySelectorAll('img, svg, iframe, object, embed, frame, video, audio')].map(
      (element) => element.outerHTML.slice(0, 120),
    ),
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name),
    ),
  }));
}
