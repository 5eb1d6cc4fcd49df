// The host layouts the widget must keep its shape in (issue "Every host
// layout"), shared by layout.test.mjs and tests/screenshots/layouts.mjs: each
// a page body with one <conference-summary id="widget">, and the page's
// language and writing mode.
import { readFileSync } from 'node:fs';
import { inlineSummary } from './html.mjs';

const ARTICLE_TEXT =
  'The host page’s own article text, which shares the row with the widget and takes what space it leaves. '.repeat(6);

/** Every host layout: a name, the page's <html> attributes and its body. */
export const LAYOUTS = [
  { name: 'block', body: '<conference-summary id="widget"></conference-summary>' },
  {
    name: 'flex-card',
    body: '<div style="display: flex; gap: 16px"><conference-summary id="widget"></conference-summary></div>',
  },
  {
    name: 'flex-sidebar',
    body: `<div style="display: flex; gap: 16px"><article style="flex: 1 1 0; min-width: 0">${ARTICLE_TEXT}</article><aside><conference-summary id="widget"></conference-summary></aside></div>`,
  },
  {
    name: 'grid-auto',
    body: `<div style="display: grid; grid-template-columns: auto 1fr; gap: 16px"><conference-summary id="widget"></conference-summary><p style="margin: 0">${ARTICLE_TEXT}</p></div>`,
  },
  {
    name: 'inline-block',
    body: '<p>Before the widget, <conference-summary id="widget" style="display: inline-block; vertical-align: top"></conference-summary> after it.</p>',
  },
  {
    name: 'float',
    body: `<div><conference-summary id="widget" style="float: inline-start; margin-inline-end: 16px"></conference-summary><p>${ARTICLE_TEXT}</p></div>`,
  },
  {
    name: 'table-cell',
    body: `<table><tr><td style="vertical-align: top"><conference-summary id="widget"></conference-summary></td><td style="vertical-align: top">${ARTICLE_TEXT}</td></tr></table>`,
  },
  {
    name: 'absolute',
    body: '<div style="position: relative; min-height: 100vh"><conference-summary id="widget" style="position: absolute; inset-block-start: 0; inset-inline-start: 0"></conference-summary></div>',
  },
  { name: 'rtl-page', html: 'lang="ar" dir="rtl"', body: '<conference-summary id="widget"></conference-summary>' },
  {
    name: 'vertical-page',
    html: 'lang="ja" style="writing-mode: vertical-rl"',
    body: '<conference-summary id="widget"></conference-summary>',
  },
];

/** A widget showing the quotes of the right-to-left fixture summary, in Arabic. */
export const RTL_WIDGET = `<conference-summary id="widget" section="quotes">${inlineSummary(
  readFileSync(new URL('../../fixtures/summary-rtl.ar.json', import.meta.url), 'utf8'),
)}</conference-summary>`;

/** The viewport widths every layout is tried at: a phone, a tablet, a desktop. */
export const VIEWPORTS = [320, 768, 1280];

/** The page of `layout`, with the widget's script. */
export function layoutPage(layout) {
  return `<!doctype html>
<html ${layout.html ?? 'lang="en"'}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${layout.name}</title>
<script type="module" src="/embed.js"></script>
</head>
<body>
${layout.body}
</body>
</html>
`;
}
