// Splits Markdown into independently parseable chunks at blank lines where no construct can continue
// (outside fenced code, HTML blocks, comments and front matter; before a line that starts at column 0
// and is not a list item). Boundaries depend only on nearby lines, so an edit changes one chunk.
// Each chunk is parsed on its own and cached by its text, so an edit re-parses one chunk, and the
// cost stays linear (remark-parse over a whole long document is superlinear).

export interface Chunk {
  start: number;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i;

export function markdownChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: string | undefined;
  let rawHtml: string | undefined;
  let inComment = false;
  let previousBlank = false;
  let lineStart = 0;
  let lineNumber = 0;
  let inFrontMatter = false;

  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    // Blank as Markdown has it: spaces and tabs only (a line of NBSP or U+FEFF is text).
    const blank = /^[ \t]*$/.test(line);

    if (lineNumber === 0 && (line === '---' || line === '+++')) {
      inFrontMatter = true;
    } else if (inFrontMatter) {
      if (line === '---' || line === '+++' || line === '...') inFrontMatter = false;
    } else if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
    } else if (rawHtml) {
      if (line.toLowerCase().includes(`</${rawHtml}>`)) rawHtml = undefined;
    } else {
      const canSplit =
        !inComment && previousBlank && !blank && lineStart > chunkStart && /^[^\s]/.test(line) && !/^([-*+]|\d+[.)])(\s|$)/.test(line);
      if (canSplit) {
        chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineStart) });
        chunkStart = lineStart;
      }
      const fenceMatch = FENCE.exec(line);
      if (fenceMatch) fence = fenceMatch[1];
      const raw = HTML_RAW_OPEN.exec(line);
      if (raw && !line.toLowerCase().includes(`</${raw[1].toLowerCase()}>`)) rawHtml = raw[1].toLowerCase();
      inComment = commentOpenAfter(line, inComment);
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
    lineNumber++;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}

/** Whether an HTML comment is still open after this line. */
function commentOpenAfter(line: string, open: boolean): boolean {
  let i = 0;
  let state = open;
  for (;;) {
    if (state) {
      const close = line.indexOf('-->', i);
      if (close === -1) return true;
      state = false;
      i = close + 3;
    } else {
      const opening = line.indexOf('<!--', i);
      if (opening === -1) return false;
      state = true;
      i = opening + 4;
    }
  }
}
