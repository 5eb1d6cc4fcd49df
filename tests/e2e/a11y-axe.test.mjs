// WCAG 2.2 AA, as axe-core checks it: every section, in both themes, with the
// quotes (and the source paragraphs of the section shown) closed and open, in
// a narrow and a wide container. axe goes into the open shadow root; the test
// checks that it did.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AXE_PATH, eachState, visitWidgetPage, WCAG_TAGS } from './support/a11y.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';

const session = useBrowserAndBuild();

/** Runs axe on the widget; resolves to its violations and the targets it passed. */
function runAxe(page) {
  return page.evaluate(async (tags) => {
    const host = document.querySelector('#w');
    const results = await window.axe.run(host, {
      runOnly: { type: 'tag', values: tags },
    });
    const brief = (rule) => ({
      id: rule.id,
      impact: rule.impact,
      help: rule.help,
      nodes: rule.nodes.map((node) => ({
        target: node.target,
        summary: node.failureSummary,
        html: node.html.slice(0, 200),
      })),
    });
    return {
      violations: results.violations.map(brief),
      incomplete: results.incomplete.map(brief),
      passes: results.passes.map((rule) => ({
        id: rule.id,
        targets: rule.nodes.map((node) => node.target),
      })),
    };
  }, WCAG_TAGS);
}

/** A readable report of axe violations. */
function report(label, violations) {
  return violations
    .map(
      (rule) =>
        `${label}: ${rule.id} (${rule.impact}): ${rule.help}\n` +
        rule.nodes
          .slice(0, 5)
          .map((node) => `    target ${JSON.stringify(node.target)}\n    ${node.summary?.replaceAll('\n', '\n    ')}\n    ${node.html}`)
          .join('\n') +
        (rule.nodes.length > 5 ? `\n    … and ${rule.nodes.length - 5} more nodes` : ''),
    )
    .join('\n');
}

for (const width of [320, 1024]) {
  for (const theme of ['light', 'dark']) {
    test(`axe-core WCAG 2.2 AA: no violations at ${width} px, ${theme} theme, every section, quotes closed and open`, async () => {
      await visitWidgetPage(session, `/axe-${width}-${theme}.html`, { width, attributes: `theme="${theme}"` }, {
        colorScheme: theme,
        viewport: { width: width + 64, height: 900 },
      }, async ({ page }) => {
        await page.addScriptTag({ path: AXE_PATH });
        const widget = page.locator('#w');
        const failures = [];
        let shadowPasses = 0;
        let runs = 0;
        await eachState(widget, async (section, open) => {
          const result = await runAxe(page);
          runs += 1;
          // axe reached into the shadow root: a target there is a shadow
          // selector, [['#w', '<selector inside the shadow root>']].
          const inside = result.passes.flatMap((rule) =>
            rule.targets.filter(
              ([selector]) => Array.isArray(selector) && selector.length === 2 && selector[0] === '#w',
            ),
          );
          assert.ok(
            inside.length > 0,
            `${section}: axe passed no node inside the shadow root: ${JSON.stringify(result.passes).slice(0, 500)}`,
          );
          // It looked at the parts that matter: the tabs and the panel shown.
          const passed = JSON.stringify(inside);
          assert.match(passed, new RegExp(`cs-tab-${section}`), `${section}: axe did not check the selected tab`);
          assert.match(passed, new RegExp(`cs-panel-${section}`), `${section}: axe did not check the panel`);
          // Text contrast was decided inside the shadow root, not left for review.
          const contrast = result.passes.find((rule) => rule.id === 'color-contrast');
          assert.ok(
            contrast?.targets.some(([selector]) => Array.isArray(selector) && selector[0] === '#w'),
            `${section}: axe's color-contrast rule passed no node inside the shadow root`,
          );
          shadowPasses += inside.length;
          const label = `${width}px ${theme} ${section} ${open ? 'open' : 'closed'}`;
          if (result.violations.length) failures.push(report(label, result.violations));
          // "Needs review" is not a pass: axe could not decide.
          if (result.incomplete.length) failures.push(report(`${label} (needs review)`, result.incomplete));
        });
        assert.equal(runs, SECTIONS.length * 2);
        assert.ok(shadowPasses > 100, `only ${shadowPasses} passing checks inside the shadow root`);
        assert.equal(failures.length, 0, `axe-core violations:\n${failures.join('\n')}`);
      });
    });
  }
}
