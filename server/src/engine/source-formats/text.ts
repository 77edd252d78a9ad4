// Plain-text and Markdown sources (interview notes, transcripts pasted from a transcription service,
// statements): the text as runs of quotable words, with speaker labels at the start of a line taken
// out of the words and remembered as the speaker of what follows.
//
// Pure: a string in, runs out (no files), so a host may read the file however it likes.

/** A stretch of a source's own text that holds quotable words, with who said it and when. */
export interface Run {
  /** Offset of the run in the source's text (for line numbers and links). */
  offset: number;
  text: string;
  /** Who speaks: a name as written ("Dr Lena Ortiz", "ANN WARD"), "Q" or "A" in an interview. */
  speaker?: string;
  /** Seconds from the start of the recording, when the source says. */
  time?: number;
  /** A new paragraph, cue or speaker turn begins here (a boundary no quotation fix crosses silently). */
  breakBefore?: boolean;
}

export interface ParsedSource {
  /** The text that offsets refer to (the file's text; for .docx the extracted text). */
  text: string;
  runs: Run[];
  kind: 'text' | 'subtitles' | 'document';
}

// "NAME:" at the start of a line: one to five capitalised words (titles and initials allowed), or
// "Speaker 2", or Q/A; optionally after a timestamp ("[00:04:10] Ann Ward: …", "00:04:10 ANN WARD: …").
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?`;
const TIMESTAMP = String.raw`\[?\(?(${TIME})\]?\)?`;
const NAME = String.raw`(?:Q|A|(?:[\p{Lu}][\p{L}'’.\-]*|\d+)(?:[ \t]+(?:[\p{Lu}][\p{L}'’.\-]*|\d+|de|van|von|der|al|bin)){0,4})`;
const LABEL = new RegExp(String.raw`^([ \t]*(?:${TIMESTAMP}[ \t]+)?(?:[-–—][ \t]*)?(?:\*\*)?(${NAME})(?:\*\*)?[ \t]*(?:\(([^)\n]{1,40})\))?[ \t]*(?:[\[(](?<after>${TIME})[\])][ \t]*)?:(?:\*\*)?[ \t]+)`, 'u');
/** "Ann Ward, chair: …" / "JO HALL, MAYOR: …": a name with a role after a comma. */
const LABEL_WITH_ROLE = new RegExp(String.raw`^([ \t]*(?:${TIMESTAMP}[ \t]+)?(${NAME}),[ \t]*[\p{L}][\p{L} .'’\-]{0,40}:[ \t]+)`, 'u');
/** A speaker on a line of their own: "Ann Ward:", "ANN WARD:", "Ann Ward  00:04:10" (the text follows on the next lines). */
const NAME_ONLY = String.raw`(?:Q|A|Speaker[ \t]*\d+|[\p{Lu}][\p{L}'’.\-]*(?:[ \t]+(?:[\p{Lu}][\p{L}'’.\-]*|de|van|von|der|al|bin)){0,4})`;
const SPEAKER_LINE = new RegExp(String.raw`^[ \t]*(?:\*\*)?(${NAME_ONLY})(?:\*\*)?[ \t]*(?:(:)(?:\*\*)?[ \t]*(?:${TIMESTAMP})?|[ \t]+${TIMESTAMP})?[ \t]*$`, 'u');
const BARE_TIMESTAMP = new RegExp(String.raw`^([ \t]*${TIMESTAMP}[ \t]+)`, 'u');
/** Words that end a "label" that is really the start of a sentence ("Note: …", "Update: …"). */
const NOT_SPEAKERS = new Set(['note', 'notes', 'update', 'updated', 'source', 'sources', 'date', 'time', 'location', 'place', 'subject', 're', 'ps', 'nb', 'warning', 'transcript', 'recorded', 'present', 'attendees', 'agenda', 'title', 'summary', 'http', 'https', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'background', 'context', 'contact', 'editor', 'editors', 'ends', 'end']);

export function parseTime(value: string): number | undefined {
  const parts = value.replace(',', '.').split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return undefined;
  return parts.reduce((total, p) => total * 60 + p, 0);
}

/** "00:04:10" for seconds. */
export function formatTime(seconds: number): string {
  const s = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** A speaker label at the start of a line, if the line has one. */
export function speakerLabel(line: string): { length: number; speaker: string; time?: number } | undefined {
  let m = LABEL.exec(line);
  if (!m) {
    const r = LABEL_WITH_ROLE.exec(line);
    // Only a full or shouted name takes a role ("However, he said: …" is no label).
    if (!r || !(/\s/.test(r[3].trim()) || r[3] === r[3].toUpperCase())) return undefined;
    m = r;
  }
  const speaker = m[3].trim();
  if (NOT_SPEAKERS.has(speaker.toLowerCase())) return undefined;
  const role = m[4];
  const stamp = m[2] ?? m.groups?.after ?? (role && new RegExp(`^${TIME}$`).test(role) ? role : undefined);
  const time = stamp ? parseTime(stamp) : undefined;
  return { length: m[1].length, speaker, ...(time !== undefined ? { time } : {}) };
}

/** A line that only names who speaks next (and maybe when). */
export function speakerLine(line: string): { speaker: string; time?: number } | undefined {
  const m = SPEAKER_LINE.exec(line);
  if (!m) return undefined;
  const speaker = m[1].trim();
  if (NOT_SPEAKERS.has(speaker.toLowerCase())) return undefined;
  const stamp = m[3] ?? m[4];
  // A name alone with neither a colon nor a time is a heading ("PRESS RELEASE"), not a speaker.
  if (!m[2] && !stamp) return undefined;
  const time = stamp ? parseTime(stamp) : undefined;
  return { speaker, ...(time !== undefined ? { time } : {}) };
}

/** Lines of text into runs; labels set the speaker until the next label. */
export function parseText(text: string): ParsedSource {
  const runs: Run[] = [];
  let speaker: string | undefined;
  let time: number | undefined;
  let breakBefore = true;
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const lineStart = offset;
    offset += line.length;
    // The line break we split on (one or two characters).
    if (text[offset] === '\r' && text[offset + 1] === '\n') offset += 2;
    else if (offset < text.length) offset += 1;
    if (line.trim() === '') {
      breakBefore = true;
      continue;
    }
    const own = speakerLine(line);
    if (own) {
      speaker = own.speaker;
      if (own.time !== undefined) time = own.time;
      breakBefore = true;
      continue;
    }
    let skip = 0;
    const label = speakerLabel(line);
    if (label) {
      skip = label.length;
      speaker = label.speaker;
      breakBefore = true;
      if (label.time !== undefined) time = label.time;
    } else {
      const stamp = BARE_TIMESTAMP.exec(line);
      if (stamp) {
        skip = stamp[1].length;
        const t = parseTime(stamp[2]);
        if (t !== undefined) time = t;
      }
    }
    runs.push({ offset: lineStart + skip, text: line.slice(skip), ...(speaker ? { speaker } : {}), ...(time !== undefined ? { time } : {}), ...(breakBefore ? { breakBefore } : {}) });
    breakBefore = false;
  }
  return { text, runs, kind: 'text' };
}
