// The source readers on their own (pure: text in, runs out): speaker labels and speaker lines in
// plain text, WebVTT voices, markup and NOTE blocks, SRT cues with CRLF, and offsets that point at
// the words in the file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText, speakerLabel } from '../../server/src/engine/source-formats/text.ts';
import { parseSubtitles } from '../../server/src/engine/source-formats/subtitles.ts';
import { parseSource, type ParsedSource } from '../../server/src/engine/source-formats/index.ts';

/** [speaker, time, text] per run, and every run's text is the file's text at its offset. */
function runs(parsed: ParsedSource): [string | undefined, number | undefined, string][] {
  for (const run of parsed.runs) assert.equal(parsed.text.slice(run.offset, run.offset + run.text.length), run.text);
  return parsed.runs.map((r) => [r.speaker, r.time, r.text.trim()]);
}

test('plain text: NAME: and Q:/A: labels, a label with a role, a time before the name, a speaker on a line of their own', () => {
  const text = [
    'Meeting of the flood committee, 3 March',
    'Note: the recording starts late.',
    'ANN WARD, CHAIR: We begin with the barrier.',
    'It is late again.',
    '',
    '[00:04:10] Dr Lena Ortiz: The models were wrong.',
    'Sam Okoro  00:05:02',
    'We lost the catch.',
    'Q: What now?',
    'A: We rebuild.',
    'However, he said: nothing.',
  ].join('\n');
  assert.deepEqual(runs(parseText(text)), [
    [undefined, undefined, 'Meeting of the flood committee, 3 March'],
    [undefined, undefined, 'Note: the recording starts late.'],
    ['ANN WARD', undefined, 'We begin with the barrier.'],
    ['ANN WARD', undefined, 'It is late again.'],
    ['Dr Lena Ortiz', 250, 'The models were wrong.'],
    ['Sam Okoro', 302, 'We lost the catch.'],
    ['Q', 302, 'What now?'],
    ['A', 302, 'We rebuild.'],
    ['A', 302, 'However, he said: nothing.'],
  ]);
});

test('WebVTT: header, NOTE and STYLE blocks skipped; voices, markup and entities left out of the words; a speaker carries on', () => {
  const vtt = [
    'WEBVTT - flood committee',
    'Kind: captions',
    '',
    'STYLE',
    '::cue { color: white }',
    '',
    'NOTE not part of the meeting',
    '',
    'intro',
    '00:00:01.000 --> 00:00:04.000 align:start',
    '<v.loud Dr Lena Ortiz>The water rose <b>fast</b> &amp; high',
    '',
    '00:01:04.250 --> 00:01:06.000',
    'and then it stopped.',
    '',
    '01:02:03.000 --> 01:02:05.000',
    '<v Ann Ward>Thank you.</v>',
    '',
  ].join('\n');
  assert.deepEqual(runs(parseSubtitles(vtt, 'vtt')), [
    ['Dr Lena Ortiz', 1, 'The water rose'],
    ['Dr Lena Ortiz', 1, 'fast'],
    ['Dr Lena Ortiz', 1, 'high'],
    ['Dr Lena Ortiz', 64.25, 'and then it stopped.'],
    ['Ann Ward', 3723, 'Thank you.'],
  ]);
});

test('SRT with CRLF: numbers and timings skipped, a NAME: line alone names the speaker of the cues after it', () => {
  const srt = ['1', '00:00:02,000 --> 00:00:04,000', 'JO HALL:', 'The ferry runs again.', '', '2', '00:00:04,500 --> 00:00:06,000', 'From Monday.', ''].join('\r\n');
  assert.deepEqual(runs(parseSubtitles(srt, 'srt')), [
    ['JO HALL', 2, 'The ferry runs again.'],
    ['JO HALL', 4.5, 'From Monday.'],
  ]);
});

test('a binary file that is not a .docx is refused with a reason', () => {
  assert.throws(() => parseSource('notes.txt', new Uint8Array([80, 0, 1, 2])), /looks binary/);
  assert.throws(() => parseSource('statement.docx', new TextEncoder().encode('plain text, not a zip')), /not a valid \.docx file/);
});

test('speaker labels with a time after the name, a party in brackets, a title', () => {
  assert.deepEqual(speakerLabel('Jane Smith [00:04:10]: We will'), { length: 23, speaker: 'Jane Smith', time: 250 });
  assert.deepEqual(speakerLabel('Jane Smith (00:04:10): We will'), { length: 23, speaker: 'Jane Smith', time: 250 });
  assert.deepEqual(speakerLabel('Cllr Jane Smith (Labour): We will'), { length: 26, speaker: 'Cllr Jane Smith' });
  assert.deepEqual(speakerLabel('Mayor Tom Brown: Yes.'), { length: 17, speaker: 'Mayor Tom Brown' });
  assert.equal(speakerLabel('Update: the meeting was moved.'), undefined);
  assert.equal(speakerLabel('The council said: no.'), undefined);
});
