import { RULES } from '../../../server/src/rules/index.ts';
import { parseDraft } from '../../../server/src/engine/document.ts';
import { defaultSettings } from '../../../server/src/engine/settings.ts';
import { ParseEnglish } from 'parse-english';
const n = Number(process.argv[2]);
const sentence = process.argv[3] ?? 'The council said “it will cost £3.5m”, up 40% on the 2,000 people’s estimate. ';
const text = sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
const s = defaultSettings();
let t = Date.now();
const doc = parseDraft(text, 'plaintext');
console.log('parse', Date.now() - t);
for (const r of RULES) { t = Date.now(); const f = r.check({ doc, options: s.rules[r.id].options, shared: { services: {} } }); console.log(r.id, Date.now() - t, f.length); }
t = Date.now(); new ParseEnglish().parse(text); console.log('raw parse-english', Date.now() - t);
