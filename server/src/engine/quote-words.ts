// Quote marks in words, for messages and quick-fix titles. ’ ' ” " are hard to tell apart in a UI font,
// so every message names the mark in words first and shows the glyph second: "a single quote (‘)".

/** What a glyph is called, without an article: "double quote", "straight single quote", "low double quote". */
export function quoteName(char: string, opts: { style?: boolean } = {}): string {
  switch (char) {
    case '"':
      return opts.style ? 'straight double quote' : 'double quote';
    case "'":
      return opts.style ? 'straight single quote' : 'single quote';
    case "''":
      return 'doubled apostrophe';
    case '\u201C':
    case '\u201D':
      return opts.style ? 'curly double quote' : 'double quote';
    case '\u2018':
    case '\u2019':
      return opts.style ? 'curly single quote' : 'single quote';
    case '\u201E':
      return 'low double quote';
    case '\u201A':
      return 'low single quote';
    case '\u00AB':
    case '\u00BB':
      return 'guillemet';
    case '\u2039':
    case '\u203A':
      return 'single guillemet';
    default:
      return 'quote';
  }
}

/** "a double quote (“)", "an opening quote (‘)": the name with its article and the glyph. */
export function withGlyph(name: string, char: string): string {
  return `${article(name)} ${name} (${char})`;
}

export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
