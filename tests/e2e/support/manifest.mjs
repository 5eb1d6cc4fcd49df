// The element as its built manifest ($DIST/custom-elements.json, written by
// the build from crates/model/src/element_api.rs) describes it: the tests take the section
// ids, the event names and the parts from here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './build.mjs';

export const MANIFEST = JSON.parse(readFileSync(join(DIST, 'custom-elements.json'), 'utf8'));
/** The element's declaration. */
export const ELEMENT = MANIFEST.modules[0].declarations[0];
export const TAG = ELEMENT.tagName;

/** The values of a type written as a union of string literals: 'a' | 'b'. */
const literals = (type) => [...type.text.matchAll(/'([^']*)'/g)].map((match) => match[1]);

/** The section ids, in tab order (the `section` attribute's type). */
export const SECTIONS = literals(ELEMENT.attributes.find((attribute) => attribute.name === 'section').type);

/** The events' full names (`conference-summary:ready`, …): their 1.x names. */
export const EVENT_NAMES = ELEMENT.events.map((event) => event.name).filter((name) => name.startsWith(`${TAG}:`));
/** The aliases each is also dispatched under (`conference-summary-ready`, …), in the same order. */
export const ALIAS_NAMES = ELEMENT.events.map((event) => event.name).filter((name) => name.startsWith(`${TAG}-`));
/** The events' names without the element's prefix (`ready`, …), as the tests' recorder reports them. */
export const EVENT_TYPES = EVENT_NAMES.map((name) => name.slice(`${TAG}:`.length));

/** The parts the element exposes for ::part(). */
export const PARTS = ELEMENT.cssParts.map((part) => part.name);

/** The name of `section`'s tab in the interface strings `strings` (i18n.mjs), which name the sections in this order. */
export const sectionName = (strings, section) => strings.sectionNames[SECTIONS.indexOf(section)];
