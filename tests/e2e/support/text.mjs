// Text as the reader sees it, and the quotes' passages as the widget shows them.

/** Text with its whitespace collapsed, as a reader sees it. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The opening words a closed quote shows (crates/model/src/text.rs, opening_words with 12 words). */
export function openingWords(text) {
  const match = text.match(/^(?:\S+\s+){11}\S+(?=\s)/);
  return match ? match[0].replace(/[,;:.\-–—]+$/, '') : text;
}

/** A quote's passage as shown, open (in full) or closed (the opening words and an ellipsis). */
export function passage(quote, open) {
  const words = open ? quote.text : `${openingWords(quote.text)}…`;
  return quote.kind === 'paraphrase' ? words : `“${words}”`;
}
