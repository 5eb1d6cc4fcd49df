// Where the summary comes from: `src` (and what happens when it fails), an
// inline <script type="application/json"> child, else the built-in one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import {
  BUILT_IN_HEADLINE,
  DIST,
  QUIET,
  alternativeSummary,
  assertNoProblems,
  assertWorks,
  brief,
  doc,
  eventually,
  events,
  openPage,
  scriptSafe,
  waitReady,
  widgetState,
} from './helpers.mjs';

let browser;
let server;
let never; // a response that never comes, released after the tests

before(async () => {
  browser = await launch();
  let release;
  never = new Promise((resolve) => {
    release = resolve;
  });
  never.release = release;
  server = await serve(DIST, {
    routes: {
      ...QUIET,
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
      '/slow.json': { body: '{}', type: 'application/json', until: never },
    },
  });
});

after(async () => {
  never?.release();
  await browser?.close();
  await server?.close();
});

const page = (body) => doc({ head: '<script type="module" src="/embed.js"></script>', body });

/** Waits for the one error event of `id`; returns its message. */
async function errorMessage(opened, id) {
  let message;
  await eventually(async () => {
    const errors = (await events(opened.page, id)).filter((event) => event.type === 'error');
    assert.equal(errors.length, 1);
    message = errors[0].detail.message;
  });
  return message;
}

/** Asserts the error box shows, with its sentence and `detail`. */
async function assertAlert(widget, detail) {
  const alert = widget.locator('[role=alert]');
  await alert.waitFor({ state: 'visible' });
  assert.equal(await alert.locator('.cs-error-title').textContent(), 'This summary cannot be shown.');
  assert.match(await alert.locator('.cs-error-details').textContent(), detail);
  assert.equal(await widget.locator('article.cs').count(), 0);
  assert.equal(await widget.locator('[role=tab]').count(), 0);
}

test('src: a valid summary JSON renders its headline; a new src renders again; none brings back the built-in', async () => {
  server.route('/src.html', page('<conference-summary id="w" src="/first.json"></conference-summary>'));
  const opened = await openPage(browser, `${server.url}/src.html`);
  try {
    const widget = opened.page.locator('#w');
    await waitReady(opened.page, 'w');
    assert.equal((await widgetState(widget)).headline, 'The first fetched headline');
    assert.ok(server.requests.includes('/first.json'));
    await assertWorks(widget);

    await widget.evaluate((host) => host.setAttribute('src', '/second.json'));
    await waitReady(opened.page, 'w', 2);
    await eventually(async () =>
      assert.equal((await widgetState(widget)).headline, 'The second fetched headline'),
    );
    await widget.evaluate((host) => host.removeAttribute('src'));
    await waitReady(opened.page, 'w', 3);
    await eventually(async () => assert.equal((await widgetState(widget)).headline, BUILT_IN_HEADLINE));
    await assertWorks(widget);
    assert.deepEqual(
      (await events(opened.page, 'w')).filter((event) => event.type === 'error'),
      [],
    );
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
});

test('src: a 404 fires the error event and shows an alert', async () => {
  server.route(
    '/missing.html',
    page(`<conference-summary id="w" src="/missing.json"></conference-summary>
<conference-summary id="fine"></conference-summary>`),
  );
  const opened = await openPage(browser, `${server.url}/missing.html`);
  try {
    const widget = opened.page.locator('#w');
    const message = await errorMessage(opened, 'w');
    assert.match(message, /\/missing\.json\b.*\bHTTP 404\b/);
    await assertAlert(widget, /\/missing\.json\b.*\bHTTP 404\b/);
    assert.deepEqual(brief(await events(opened.page, 'w')), [['error', { message }]]);
    // The other element on the page is not affected.
    await waitReady(opened.page, 'fine');
    await assertWorks(opened.page.locator('#fine'));
    assertNoProblems(opened.problems, [
      /^console\.error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/missing\.json\)$/,
      /^console\.error: conference-summary: .*\/missing\.json\b.*\bHTTP 404\b/,
    ]);
    assert.equal(opened.problems.length, 2, opened.problems.join('\n'));
  } finally {
    await opened.close();
  }
});

test('src: wrong content type, an invalid summary and a timeout each fail with their reason', async () => {
  server.route(
    '/failures.html',
    page(`<conference-summary id="text" src="/summary.txt"></conference-summary>
<conference-summary id="invalid" src="/invalid.json"></conference-summary>
<conference-summary id="slow" src="/slow.json" timeout="300"></conference-summary>`),
  );
  const opened = await openPage(browser, `${server.url}/failures.html`);
  try {
    const text = await errorMessage(opened, 'text');
    assert.match(text, /\/summary\.txt\b.*expected JSON, the server sent "text\/plain; charset=utf-8"/);
    await assertAlert(opened.page.locator('#text'), /expected JSON/);

    const invalid = await errorMessage(opened, 'invalid');
    assert.match(invalid, /quotes\[2\]\.speaker: no speaker has the id "nobody"/);
    assert.match(invalid, /^http:\/\/127\.0\.0\.1:\d+\/invalid\.json: /);
    await assertAlert(opened.page.locator('#invalid'), /no speaker has the id "nobody"/);

    const slow = await errorMessage(opened, 'slow');
    assert.match(slow, /\/slow\.json\b.*no answer within 300 ms/);
    await assertAlert(opened.page.locator('#slow'), /no answer within 300 ms/);

    for (const id of ['text', 'invalid', 'slow']) {
      assert.equal((await events(opened.page, id)).filter((event) => event.type === 'ready').length, 0);
    }
    assertNoProblems(opened.problems, [
      /^console\.error: conference-summary: .*\/summary\.txt\b.*expected JSON/,
      /^console\.error: conference-summary: http:\/\/127\.0\.0\.1:\d+\/invalid\.json: quotes\[2\]\.speaker/,
      /^console\.error: conference-summary: .*\/slow\.json\b.*no answer within 300 ms/,
    ]);
  } finally {
    await opened.close();
  }
});

test('an inline <script type="application/json"> child is the summary shown', async () => {
  const inline = scriptSafe(alternativeSummary('An inline headline </script> with a closing tag'));
  server.route(
    '/inline.html',
    page(`<conference-summary id="inline" section="funders">
  <script type="application/json">${inline}</script>
</conference-summary>
<conference-summary id="broken">
  <script type="application/json">{ "headline": </script>
</conference-summary>`),
  );
  const opened = await openPage(browser, `${server.url}/inline.html`);
  try {
    await waitReady(opened.page, 'inline');
    const widget = opened.page.locator('#inline');
    assert.equal(
      (await widgetState(widget)).headline,
      'An inline headline </script> with a closing tag',
    );
    await assertWorks(widget);

    const message = await errorMessage(opened, 'broken');
    assert.match(message, /^the inline summary: .*not valid JSON/);
    await assertAlert(opened.page.locator('#broken'), /the inline summary: .*not valid JSON/);
    assertNoProblems(opened.problems, [
      /^console\.error: conference-summary: the inline summary: .*not valid JSON/,
    ]);
    assert.equal(opened.problems.length, 1, opened.problems.join('\n'));
  } finally {
    await opened.close();
  }
});
