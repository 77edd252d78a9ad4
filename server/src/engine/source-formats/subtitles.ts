// WebVTT (.vtt) and SubRip (.srt) transcripts, as transcription services export them: cues with a
// start time, their text lines kept at their offsets in the file (so a finding can link to the cue),
// markup left out of the words, and the speaker from a WebVTT voice tag (<v Dr Lena Ortiz>) or a
// "NAME:" label at the start of a cue line. A speaker carries on into the following cues until
// another one is named, as services split a long turn into many cues.
//
// Hand-written rather than a subtitle package: the parsers on npm return each cue's text but not
// where it is in the file, and a finding must point at the cue; the formats' cue structure (blocks
// separated by blank lines, a "-->" timing line) is all that is needed, read leniently.
//
// Pure: a string in, runs out.

import { parseTime, speakerLabel, speakerLine, type ParsedSource, type Run } from './text.ts';

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
/** Tags (<v Name>, <i>, </c>, <00:01.000>) and character references (&amp;) are not words. */
const MARKUP = /<[^>\n]*>|&[a-zA-Z]+;|&#\d+;|\{\\[^}\n]*\}/g;
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>\n]+)>/;

export function parseSubtitles(text: string, format: 'vtt' | 'srt'): ParsedSource {
  const runs: Run[] = [];
  const lines = text.split(/(?<=\n)/);
  let offset = 0;
  let speaker: string | undefined;
  let time: number | undefined;
  let inCue = false;
  let skipBlock = false;
  let first = true;
  for (const raw of lines) {
    const lineStart = offset;
    offset += raw.length;
    const line = raw.replace(/\r?\n$/, '').replace(/\r$/, '');
    if (first) {
      first = false;
      if (format === 'vtt' && /^\uFEFF?WEBVTT/.test(line)) {
        skipBlock = true; // The header block (WEBVTT and its metadata) has no cues.
        continue;
      }
    }
    if (line.trim() === '') {
      inCue = false;
      skipBlock = false;
      continue;
    }
    if (skipBlock) continue;
    const timing = TIMING.exec(line);
    if (timing) {
      inCue = true;
      time = parseTime(timing[1]);
      continue;
    }
    if (!inCue) {
      // NOTE, STYLE and REGION blocks in WebVTT; cue identifiers and SRT numbers are skipped too.
      if (format === 'vtt' && /^(?:NOTE|STYLE|REGION)\b/.test(line)) skipBlock = true;
      continue;
    }
    // A cue line: its speaker (voice tag, else label), then its text between the markup.
    let start = 0;
    const voice = VOICE.exec(line);
    if (voice) speaker = voice[1].trim();
    const plain = line.replace(MARKUP, (m) => ' '.repeat(m.length));
    const own = voice ? undefined : speakerLine(plain);
    if (own) {
      // A cue line that only names the speaker ("ANN WARD:"): the words follow.
      speaker = own.speaker;
      continue;
    }
    const label = speakerLabel(plain);
    if (label) {
      speaker = label.speaker;
      start = label.length;
    }
    let breakBefore = runs.length === 0 || runs[runs.length - 1].speaker !== speaker;
    MARKUP.lastIndex = 0;
    let at = start;
    const pieces: [number, number][] = [];
    for (let m = MARKUP.exec(line); m; m = MARKUP.exec(line)) {
      if (m.index + m[0].length <= start) continue;
      if (m.index > at) pieces.push([at, m.index]);
      at = Math.max(at, m.index + m[0].length);
    }
    if (at < line.length) pieces.push([at, line.length]);
    for (const [a, b] of pieces) {
      const piece = line.slice(a, b);
      if (piece.trim() === '') continue;
      runs.push({ offset: lineStart + a, text: piece, ...(speaker ? { speaker } : {}), ...(time !== undefined ? { time } : {}), ...(breakBefore ? { breakBefore } : {}) });
      breakBefore = false;
    }
  }
  return { text, runs, kind: 'subtitles' };
}
