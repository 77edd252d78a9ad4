import { ParseEnglish } from 'parse-english';
const p = new ParseEnglish();
for (const [name, unit] of [['sentences', 'The cost rose to £3.5m, he said. '], ['onesentence', 'word and more words, '], ['nospace', 'a']] as const) {
  for (const n of [50_000, 100_000, 200_000, 400_000]) {
    const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const t = Date.now(); p.parse(text); console.log(name, n, Date.now() - t);
  }
}
