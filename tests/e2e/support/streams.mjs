// Responses a test server (server.mjs) streams itself, and what it saw of
// each: how many bytes it wrote before the client went away, whether it
// finished. The loader's fetches are judged by that count, not by time.
import { readFileSync } from 'node:fs';

const CHUNK = 64 * 1024;

/**
 * A route that streams `body` (a Buffer) in chunks, as fast as the client
 * reads it (waiting for `drain`): nothing more is written once the client
 * stops reading, so a client that aborts leaves the rest unwritten.
 * Options: `type` (the Content-Type), `headers`, `announce` (send
 * Content-Length; else the body is chunked), `holdAt` (bytes written
 * before holding) with `until` (a promise that lets the rest go; without
 * it, held until the connection closes).
 * Returns { route, seen }: `seen` lists one record per
 * request, { written, finished, aborted, holding }.
 */
export function streamed(body, { type = 'application/json', headers = {}, announce = true, holdAt = null, until = null } = {}) {
  const seen = [];
  const handle = (request, response, extra) => {
    const record = { written: 0, finished: false, aborted: false, holding: false };
    seen.push(record);
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(announce ? { 'Content-Length': String(body.length) } : {}),
      ...extra,
      ...headers,
    });
    response.on('close', () => {
      record.aborted = !record.finished;
    });
    let held = false;
    const write = () => {
      while (record.written < body.length) {
        if (response.destroyed) return;
        if (holdAt !== null && !held && record.written >= holdAt) {
          held = true;
          record.holding = true;
          if (until) until.then(write);
          return;
        }
        const end = Math.min(body.length, record.written + CHUNK, holdAt !== null && !held ? holdAt : Infinity);
        const more = response.write(body.subarray(record.written, end));
        record.written = end;
        if (!more) {
          response.once('drain', write);
          return;
        }
      }
      response.end(() => {
        record.finished = true;
      });
    };
    write();
  };
  return { route: { handle }, seen };
}

/**
 * A route that serves the file at `path` (with `type`), except that its
 * first request is held until the connection closes: a resource that
 * stalls once. Returns { route, seen } as `streamed` does.
 */
export function stallsOnce(path, type) {
  const body = readFileSync(path);
  const stall = streamed(body, { type, holdAt: 0 });
  const serve = streamed(body, { type });
  const seen = [];
  const handle = (request, response, extra) => {
    const first = seen.length === 0;
    (first ? stall : serve).route.handle(request, response, extra);
    seen.push((first ? stall : serve).seen.at(-1));
  };
  return { route: { handle }, seen };
}
