// Reading and writing the pieces of the WebAssembly binary format that the
// build (scripts/shorten-names.mjs) and the benchmark (bench/wasm-parts.mjs)
// need: LEB128 numbers, names and import descriptions. Positions are kept in
// a `state` object, `{ at }`, which every reader moves past what it read.

/** Reads an unsigned LEB128 at `state.at`. */
export function readLeb(bytes, state) {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[state.at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}

/** `number` as an unsigned LEB128. */
export function encodeLeb(number) {
  const out = [];
  do {
    let byte = number & 0x7f;
    number = Math.floor(number / 128);
    if (number) byte |= 0x80;
    out.push(byte);
  } while (number);
  return Buffer.from(out);
}

/** Reads a name: its length in bytes, then UTF-8. */
export function readName(bytes, state) {
  const length = readLeb(bytes, state);
  const name = Buffer.from(bytes.subarray(state.at, state.at + length)).toString('utf8');
  state.at += length;
  return name;
}

/** `name` as the format stores it. */
export const encodeName = (name) => Buffer.concat([encodeLeb(Buffer.byteLength(name)), Buffer.from(name, 'utf8')]);

/** Skips an import's description: a function, table, memory, global or tag. */
export function skipImportDescription(bytes, state) {
  const kind = bytes[state.at++];
  if (kind === 0) {
    readLeb(bytes, state);
  } else if (kind === 1 || kind === 2) {
    if (kind === 1) state.at++; // the table's element type
    const flags = readLeb(bytes, state);
    readLeb(bytes, state);
    if (flags & 1) readLeb(bytes, state);
  } else if (kind === 3) {
    state.at += 2; // value type, mutability
  } else if (kind === 4) {
    readLeb(bytes, state);
    readLeb(bytes, state);
  } else {
    throw new Error(`unknown import kind ${kind} at byte ${state.at - 1}`);
  }
  return kind;
}

/** The module's sections in order, each `{ id, body }`, after the 8-byte header. */
export function sections(bytes) {
  const found = [];
  const state = { at: 8 };
  while (state.at < bytes.length) {
    const id = bytes[state.at++];
    const size = readLeb(bytes, state);
    found.push({ id, body: bytes.subarray(state.at, state.at + size) });
    state.at += size;
  }
  return found;
}
