// Runs tests/e2e/server.mjs's serve() in a worker thread, so that its responses
// do not queue behind the work of the thread that drives the browser.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serve } from '../tests/e2e/server.mjs';

if (!isMainThread) {
  const server = await serve(workerData.root, { routes: workerData.routes });
  parentPort.postMessage(server.origin);
  parentPort.once('message', async () => {
    await server.close();
    parentPort.close();
  });
}

/** Like serve(root, { routes }) with string routes; resolves to { origin, close }. */
export async function serveInThread(root, routes) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { root, routes } });
  const origin = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        worker.once('exit', resolve);
        worker.postMessage('close');
      }),
  };
}
