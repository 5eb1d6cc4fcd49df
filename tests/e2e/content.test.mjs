// Where the summary comes from: `src` (and what happens when it fails), an
// inline <script type="application/json"> child, else the built-in one.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { eventually } from './support/eventually.mjs';
import { hostPage, scriptSafe } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { gate } from './support/server.mjs';
import { alternativeSummary, BUILT_IN_HEADLINE } from './support/summary.mjs';
import { assertWorks, brief, errorMessages, events, waitReady, widgetState } from './support/widget.mjs';

// A response that never comes, released after the tests.
const never = gate();
after(() => never.open());

const session = useBrowserAndBuild({
  '/first.json': { body: alternativeSummary('The first fetched headline'), type: 'application/json' },
  '/second.json': {
    body: alternativeSummary('The second fetched headline'),
    type: 'application/ld+json; charset=utf-8',
  },
  '/summary.txt': { body: alternativeSummary('Sent as text'), type: 'text/plain; charset=utf-8' },
  '/invalid.json': {
    body: (() => {
      const summary = JSON.parse(alternativeSummary('Invalid'));
      summary.quotes[2].speaker = 'nobody';
      return JSON.stringify(summary);
    })(),
    type: 'application/json',
  },
  '/slow.json': { body: '{}', type: 'application/json', until: never.until },
});

/** Asserts the error box shows, with its sentence and `detail`. */
async function assertAlert(widget, detail) {
  const alert = widget.locator('[role=alert]');
  await alert.waitFor({ state: 'visible' });
  assert.equal(await alert.locator('.cs-error-title').textContent(), EN.error);
  assert.match(await alert.locator('.cs-error-details').textContent(), detail);
  assert.equal(await widget.locator('article.cs').count(), 0);
  assert.equal(await widget.locator('[role=tab]').count(), 0);
}

test('src: a valid summary JSON renders its headline; a new src renders again; none brings back the built-in', async () => {
  session.server.route('/src.html', hostPage('<conference-summary id="w" src="/first.json"></conference-summary>'));
  await session.visit('/src.html', async ({ page }) => {
    const widget = page.locator('#w');
    await waitReady(page, 'w');
    assert.equal((await widgetState(widget)).headline, 'The first fetched headline');
    assert.ok(session.server.requests.includes('/first.json'));
    await assertWorks(widget);

    await widget.evaluate((host) => host.setAttribute('src', '/second.json'));
    await waitReady(page, 'w', 2);
    await eventually(async () =>
      assert.equal((await widgetState(widget)).headline, 'The second fetched headline'),
    );
    await widget.evaluate((host) => host.removeAttribute('src'));
    await waitReady(page, 'w', 3);
    await eventually(async () => assert.equal((await widgetState(widget)).headline, BUILT_IN_HEADLINE));
    await assertWorks(widget);
    assert.deepEqual(
      (await events(page, 'w')).filter((event) => event.type === 'error'),
      [],
    );
  });
});

test('src: a 404 fires the error event and shows an alert', async () => {
  session.server.route(
    '/missing.html',
    hostPage(`<conference-summary id="w" src="/missing.json"></conference-summary>
<conference-summary id="fine"></conference-summary>`),
  );
  // The console errors these failures bring, and no others.
  const allowed = [
    /^console\.error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/missing\.json\)$/,
    /^console\.error: conference-summary: .*\/missing\.json\b.*\bHTTP 404\b/,
  ];
  await session.visit('/missing.html', { allowed }, async ({ page, problems }) => {
    const widget = page.locator('#w');
    const [message] = await errorMessages(page, 'w');
    assert.match(message, /\/missing\.json\b.*\bHTTP 404\b/);
    await assertAlert(widget, /\/missing\.json\b.*\bHTTP 404\b/);
    assert.deepEqual(brief(await events(page, 'w')), [['error', { message }]]);
    // The other element on the page is not affected.
    await waitReady(page, 'fine');
    await assertWorks(page.locator('#fine'));
    assert.equal(problems.length, 2, problems.join('\n'));
  });
});

test('src: wrong content type, an invalid summary and a timeout each fail with their reason', async () => {
  session.server.route(
    '/failures.html',
    hostPage(`<conference-summary id="text" src="/summary.txt"></conference-summary>
<conference-summary id="invalid" src="/invalid.json"></conference-summary>
<conference-summary id="slow" src="/slow.json" timeout="300"></conference-summary>`),
  );
  // The console errors these failures bring, and no others.
  const allowed = [
    /^console\.error: conference-summary: .*\/summary\.txt\b.*expected JSON/,
    /^console\.error: conference-summary: http:\/\/127\.0\.0\.1:\d+\/invalid\.json: quotes\[2\]\.speaker/,
    /^console\.error: conference-summary: .*\/slow\.json\b.*no answer within 300 ms/,
  ];
  await session.visit('/failures.html', { allowed }, async ({ page }) => {
    const [text] = await errorMessages(page, 'text');
    assert.match(text, /\/summary\.txt\b.*expected JSON, the server sent "text\/plain; charset=utf-8"/);
    await assertAlert(page.locator('#text'), /expected JSON/);

    const [invalid] = await errorMessages(page, 'invalid');
    assert.match(invalid, /quotes\[2\]\.speaker: no speaker has the id "nobody"/);
    assert.match(invalid, /^http:\/\/127\.0\.0\.1:\d+\/invalid\.json: /);
    await assertAlert(page.locator('#invalid'), /no speaker has the id "nobody"/);

    const [slow] = await errorMessages(page, 'slow');
    assert.match(slow, /\/slow\.json\b.*no answer within 300 ms/);
    await assertAlert(page.locator('#slow'), /no answer within 300 ms/);

    for (const id of ['text', 'invalid', 'slow']) {
      assert.equal((await events(page, id)).filter((event) => event.type === 'ready').length, 0);
    }
  });
});

test('an inline <script type="application/json"> child is the summary shown', async () => {
  const inline = scriptSafe(alternativeSummary('An inline headline </script> with a closing tag'));
  session.server.route(
    '/inline.html',
    hostPage(`<conference-summary id="inline" section="funders">
  <script type="application/json">${inline}</script>
</conference-summary>
<conference-summary id="broken">
  <script type="application/json">{ "headline": </script>
</conference-summary>`),
  );
  // The console errors these failures bring, and no others.
  const allowed = [
    /^console\.error: conference-summary: the inline summary: .*not valid JSON/,
  ];
  await session.visit('/inline.html', { allowed }, async ({ page, problems }) => {
    await waitReady(page, 'inline');
    const widget = page.locator('#inline');
    assert.equal(
      (await widgetState(widget)).headline,
      'An inline headline </script> with a closing tag',
    );
    await assertWorks(widget);

    const [message] = await errorMessages(page, 'broken');
    assert.match(message, /^the inline summary: .*not valid JSON/);
    await assertAlert(page.locator('#broken'), /the inline summary: .*not valid JSON/);
    assert.equal(problems.length, 1, problems.join('\n'));
  });
});
