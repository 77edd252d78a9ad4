// Runs one pipeline once on a generated draft in this fresh process and prints its peak RSS.
import { generateDraft, type DraftFormat } from './generate.ts';
import { runOnce } from './run.ts';

const [pipeline, words, format] = process.argv.slice(2);
const text = generateDraft(Number(words), format as DraftFormat);
void (async () => {
  if (pipeline !== 'none') await runOnce(pipeline as 'floor' | 'peer' | 'full', text, format as DraftFormat);
  process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
})();
