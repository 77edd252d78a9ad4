// Which reader a source file gets, by its extension. Pure: the file's bytes in, its quotable text out.

import { docxToText } from './docx.ts';
import { parseSubtitles } from './subtitles.ts';
import { parseText, type ParsedSource } from './text.ts';

export type { ParsedSource, Run } from './text.ts';
export { formatTime } from './text.ts';

export function sourceFormat(path: string): 'vtt' | 'srt' | 'docx' | 'text' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.vtt')) return 'vtt';
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.docx')) return 'docx';
  return 'text';
}

/** Parses a source's bytes; throws an Error whose message says why it cannot be read. */
export function parseSource(path: string, bytes: Uint8Array): ParsedSource {
  const format = sourceFormat(path);
  if (format === 'docx') return { ...parseText(docxToText(bytes)), kind: 'document' };
  if (bytes.includes(0)) throw new Error('it looks binary (it contains NUL bytes)');
  const text = new TextDecoder('utf-8').decode(bytes);
  if (format === 'vtt' || format === 'srt') return parseSubtitles(text, format);
  return parseText(text);
}
