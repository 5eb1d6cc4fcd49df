// Lighthouse on the demo page (issue #24), desktop preset, in Chromium:
// accessibility, best practices and SEO score 100. These three are verdicts on
// the page's markup, headers and console, not on timing, so they are asserted;
// performance is timed, and only ./dev bench reports it (bench/lighthouse.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { audit } from '../../bench/lighthouse.mjs';
import { DIST } from './support/build.mjs';

test('the demo page scores 100 in accessibility, best practices and SEO', async () => {
  const { scores, failing } = await audit(DIST);
  const untimed = failing.filter((one) => one.category !== 'performance');
  assert.deepEqual(untimed, [], 'no audit of these three below 1');
  assert.deepEqual(
    { accessibility: scores.accessibility, 'best-practices': scores['best-practices'], seo: scores.seo },
    { accessibility: 1, 'best-practices': 1, seo: 1 },
  );
});
