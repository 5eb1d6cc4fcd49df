// The built-in summary, assets/summary.json, and what the tests read from it
// instead of typing it again: its headline, quote ids and funders.
import { readFileSync } from 'node:fs';

/** assets/summary.json as written. */
export const SUMMARY_TEXT = readFileSync(new URL('../../../assets/summary.json', import.meta.url), 'utf8');
export const SUMMARY = JSON.parse(SUMMARY_TEXT);

export const BUILT_IN_HEADLINE = SUMMARY.headline;
/** The quotes' ids, in summary order. */
export const QUOTE_IDS = SUMMARY.quotes.map((quote) => quote.id);
export const FUNDERS = SUMMARY.funders.map((funder) => funder.text);

/** A valid summary, as JSON, that differs from the built-in one only in its headline. */
export function alternativeSummary(headline) {
  return JSON.stringify({ ...SUMMARY, headline });
}
