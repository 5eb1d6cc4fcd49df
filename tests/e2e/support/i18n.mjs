// The interface strings, read from the widget's own tables (src/i18n/<lang>.rs)
// rather than typed again: interfaceStrings('fr').sectionNames,
// .expandAll, .errorHttp, … (the Rust field names in camelCase). Asking for a
// field the table lacks throws, so that a renamed field fails loudly. Reads
// no build, so that the benchmark can use it on a build of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDER = fileURLToPath(new URL('../../../src/i18n', import.meta.url));

/** The languages the interface speaks, by their file names: de, en, es, … */
export const INTERFACE_LANGUAGES = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.rs') && name !== 'mod.rs')
  .map((name) => name.slice(0, -'.rs'.length));

// The tables hold Rust string literals without escapes; one with a backslash
// would need a real parser, so it is refused rather than misread.
const STRING = /"([^"\\]*)"/g;
const FIELD = /^\s*([a-z_]+):\s*("[^"\\]*"|\[[^\]]*\]),?\s*$/gm;

const camel = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

const cache = new Map();

/** The interface strings of `lang` (one of INTERFACE_LANGUAGES). */
export function interfaceStrings(lang) {
  if (!cache.has(lang)) {
    const file = join(FOLDER, `${lang}.rs`);
    const source = readFileSync(file, 'utf8');
    if (source.includes('\\')) throw new Error(`${file}: escapes in the strings; the tests' reader cannot read them`);
    const fields = {};
    for (const [, name, value] of source.matchAll(FIELD)) {
      const strings = [...value.matchAll(STRING)].map((match) => match[1]);
      fields[camel(name)] = value.startsWith('[') ? strings : strings[0];
    }
    cache.set(
      lang,
      new Proxy(Object.freeze(fields), {
        get(target, key) {
          // `then` and `toJSON` are asked for by await and JSON.stringify, not by a test.
          if (typeof key === 'string' && !(key in target) && key !== 'then' && key !== 'toJSON') throw new Error(`${file} has no field ${key}`);
          return target[key];
        },
      }),
    );
  }
  return cache.get(lang);
}

/** The English interface, the fallback for every other language. */
export const EN = interfaceStrings('en');

/** The reason an error box gives for an HTTP status, in the language of `strings`. */
export const httpReason = (strings, status) => strings.errorHttp.replace('{status}', status);

/** Every interface string of every language, for the benchmark's parts table. */
export const allInterfaceStrings = () =>
  INTERFACE_LANGUAGES.flatMap((lang) => Object.values(interfaceStrings(lang)).flat());
