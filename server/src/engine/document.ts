// The document model: a draft becomes headings and paragraphs with exact offsets, and a "prose" view of
// each block in which everything that is not prose (inline code, HTML, URLs, link targets) is blanked
// out with spaces. Blanking keeps every offset identical to the source, so rules never map positions.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Parent, Link } from 'mdast';
import { LineIndex, words } from './text.ts';
import { markdownChunks } from './markdown-chunks.ts';
import { detach, paragraphCache } from './cache.ts';
import type { Format, Span } from './types.ts';

export type BlockKind = 'paragraph' | 'heading';

export interface Block extends Span {
  kind: BlockKind;
  /** The block's prose: same length as the source slice, non-prose characters replaced by spaces. */
  prose: string;
}

export interface DraftDocument {
  text: string;
  format: Format;
  lines: LineIndex;
  blocks: Block[];
  /** Markdown front matter (YAML), raw, when present. */
  frontMatter?: { start: number; end: number; value: string };
  /** Markdown HTML comments (for disable directives): offsets and inner text. */
  comments: { start: number; end: number; value: string }[];
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
/** For chunks after the first: front matter is only front matter at the start of the draft. */
const bodyParser = unified().use(remarkParse).use(remarkGfm);

export function formatForPath(path: string): Format | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'plaintext';
  return undefined;
}

export function parseDraft(text: string, format: Format): DraftDocument {
  const lines = new LineIndex(text);
  if (format === 'markdown') return parseMarkdown(text, lines);
  return { text, format, lines, blocks: parsePlainText(text, lines), comments: [] };
}

// ---------------------------------------------------------------------------------------------
// Plain text

const TERMINAL = /[.!?…:;]["'\u201D\u2019)\]]*$/;
const MAX_HEADING_WORDS = 20;
const OPENS_QUOTE = /^\s*(?:["\u201C\u2018\u201E\u00AB\u00BB]|'(?=\p{L}))/u;

/** A title-like line: short and not ending like a sentence. */
export function isHeadingLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || TERMINAL.test(trimmed) || /[,]$/.test(trimmed)) return false;
  return words(trimmed).length <= MAX_HEADING_WORDS;
}

/**
 * Plain text comes in two shapes: one paragraph per line (pasted from a CMS) and blank-line-separated
 * paragraphs that may be hard-wrapped. A run of non-blank lines is treated as hard-wrapped when most of
 * its lines stop mid-sentence; otherwise every line is its own paragraph.
 */
function parsePlainText(text: string, lines: LineIndex): Block[] {
  const blocks: Block[] = [];
  let line = 0;
  while (line < lines.lineCount) {
    if (lines.isBlankLine(line)) {
      line++;
      continue;
    }
    let last = line;
    while (last + 1 < lines.lineCount && !lines.isBlankLine(last + 1)) last++;
    const run: { start: number; end: number; text: string }[] = [];
    for (let l = line; l <= last; l++) {
      const start = lines.starts[l];
      const end = lines.lineEnd(l);
      run.push({ start, end, text: text.slice(start, end) });
    }
    if (isHardWrapped(run.map((r) => r.text))) {
      pushPlainBlock(blocks, text, run[0].start, run[run.length - 1].end, 'paragraph');
    } else {
      for (const r of run) pushPlainBlock(blocks, text, r.start, r.end, isHeadingLike(r.text) ? 'heading' : 'paragraph');
    }
    line = last + 1;
  }
  return blocks;
}

function isHardWrapped(runLines: string[]): boolean {
  if (runLines.length < 2) return false;
  if (runLines.some((l) => l.length > 120)) return false;
  // A line that opens a quotation, followed by one that opens another, is a paragraph of a
  // multi-paragraph quote, not a wrapped sentence (pasted copy often drops a quoted line's final stop).
  const midSentence = runLines.slice(0, -1).filter((l, i) => !TERMINAL.test(l.trim()) && !(OPENS_QUOTE.test(l) && OPENS_QUOTE.test(runLines[i + 1]))).length;
  return midSentence * 2 >= runLines.length - 1;
}

function pushPlainBlock(blocks: Block[], text: string, start: number, end: number, kind: BlockKind): void {
  // Trim surrounding whitespace so ranges hug the words.
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // A copy, not a slice: rules cache results holding pieces of a block's prose, and a slice would keep
  // this whole version of the draft alive for as long as any of them is cached.
  if (end > start) blocks.push({ kind, start, end, prose: detach(text.slice(start, end)) });
}

// ---------------------------------------------------------------------------------------------
// Markdown

interface ParsedChunk {
  blocks: Block[];
  comments: DraftDocument['comments'];
  frontMatter?: DraftDocument['frontMatter'];
}

const chunkCache = paragraphCache<string, ParsedChunk>('markdown-chunk');

function parseMarkdown(text: string, lines: LineIndex): DraftDocument {
  const doc: DraftDocument = { text, format: 'markdown', lines, blocks: [], comments: [] };
  for (const chunk of markdownChunks(text)) {
    // Front matter is only front matter at the very start: key the cache on that too.
    const key = (chunk.start === 0 ? 'F' : 'B') + chunk.text;
    const parsed = chunkCache.through(key, () => {
      // A copy, not a slice: the cached blocks are cut from it, and a slice would keep the draft.
      const own = detach(chunk.text);
      return plainProseChunk(own) ?? parseMarkdownChunk(own, chunk.start === 0);
    });
    const shift = chunk.start;
    for (const b of parsed.blocks) doc.blocks.push({ kind: b.kind, start: b.start + shift, end: b.end + shift, prose: b.prose });
    for (const c of parsed.comments) doc.comments.push({ start: c.start + shift, end: c.end + shift, value: c.value });
    if (parsed.frontMatter) doc.frontMatter = parsed.frontMatter;
  }
  return doc;
}

// A chunk that is one paragraph of plain words (no character with a meaning in Markdown or GFM) parses
// to exactly its own text, so it skips remark: most of a news draft is such paragraphs, and remark
// costs far more per paragraph than the rules. test/unit/markdown-chunks.test.ts checks the equivalence.
// Lines end at \n, \r\n or a lone \r, as in CommonMark: "P1\r\rP2" is two paragraphs, "\r# Title" a heading.
// GFM links "www." in any case ("WWW.BBC.CO.UK").
const MARKDOWN_SYNTAX = /[`*_[\]<>\\&|~@]|:\/\/|www\.|(?:\r\n|\r(?!\n)|\n)[ \t]*[\r\n]|\t/i;
const LINE_START_SYNTAX = /(^|[\r\n]) {0,3}([-+=>#]|\d{1,9}[.)](\s|$))/;

export function plainProseChunk(text: string): ParsedChunk | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom).replace(/[ \t\r\n]+$/, '');
  if (MARKDOWN_SYNTAX.test(body) || LINE_START_SYNTAX.test(body)) return undefined;
  // The paragraph's extent as remark gives it: without a byte order mark, spaces and line breaks before
  // it and the line breaks after it, but with the last line's trailing spaces and tabs (blanked in the
  // prose, as they are no text; NBSP, form feeds and the like are, not being Markdown white space).
  let start = bom;
  let content = text.length;
  while (start < content && /[ \t\r\n]/.test(text[start])) start++;
  while (content > start && /[ \t\r\n]/.test(text[content - 1])) content--;
  let end = content;
  while (end > start && end < text.length && /[ \t]/.test(text[end])) end++;
  if (start === end || /^ {4}/.test(body)) return undefined;
  return { blocks: [{ kind: 'paragraph', start, end, prose: text.slice(start, content) + ' '.repeat(end - content) }], comments: [] };
}

/**
 * Parses one chunk with remark; offsets are relative to the chunk. `atStart`: the chunk opens the draft,
 * so it may open with front matter (a later chunk opening with "---" is a thematic break).
 */
export function parseMarkdownChunk(text: string, atStart = true): ParsedChunk {
  if (text.charCodeAt(0) === 0xfeff) {
    // micromark drops a leading byte order mark and counts its offsets without it: parse the rest, then shift.
    const rest = parseMarkdownChunk(text.slice(1), atStart);
    const shift = <T extends Span>(span: T): T => ({ ...span, start: span.start + 1, end: span.end + 1 });
    return { blocks: rest.blocks.map(shift), comments: rest.comments.map(shift), frontMatter: rest.frontMatter && shift(rest.frontMatter) };
  }
  const tree = (atStart ? markdownParser : bodyParser).parse(text) as Root;
  const blocks: Block[] = [];
  const comments: DraftDocument['comments'] = [];
  let frontMatter: DraftDocument['frontMatter'];

  const visit = (node: RootContent | Root): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml' as string:
        if (node.position) frontMatter = { start: node.position.start.offset!, end: node.position.end.offset!, value: (node as { value: string }).value };
        return;
      case 'html':
        if (node.position) collectComments(node.value, node.position.start.offset!, comments);
        return;
      case 'code':
      case 'math' as string:
      case 'definition':
      case 'table':
        return;
      case 'heading':
      case 'paragraph': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        const prose = new Array<string>(end - start).fill(' ');
        keepProse(node, text, start, prose, comments);
        for (let i = start; i < end; i++) if (text[i] === '\n' || text[i] === '\r') prose[i - start] = text[i];
        blocks.push({ kind: node.type, start, end, prose: prose.join('') });
        return;
      }
      default:
        if ('children' in node) for (const child of (node as Parent).children) visit(child as RootContent);
    }
  };
  visit(tree);
  comments.sort((a, b) => a.start - b.start);
  return { blocks, comments, frontMatter };
}

/** Copies the source characters of text nodes into `prose`, skipping links whose text is their URL. */
function keepProse(node: Parent, text: string, base: number, prose: string[], comments: DraftDocument['comments']): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      const s = child.position?.start.offset;
      const e = child.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      for (let i = s; i < e; i++) prose[i - base] = text[i];
    } else if (child.type === 'html') {
      if (child.position) collectComments(child.value, child.position.start.offset!, comments);
    } else if (child.type === 'link' && isBareUrl(child)) {
      continue;
    } else if ('children' in child) {
      keepProse(child as Parent, text, base, prose, comments);
    }
  }
}

function isBareUrl(link: Link): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  if (!only || only.type !== 'text') return false;
  const url = link.url.replace(/^mailto:/, '');
  return only.value === link.url || only.value === url || url.endsWith(only.value);
}

function collectComments(html: string, offset: number, out: DraftDocument['comments']): void {
  const re = /<!--([\s\S]*?)-->/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: m[1].trim() });
  }
}
