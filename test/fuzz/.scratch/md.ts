import { parseMarkdownChunk } from '../../../server/src/engine/document.ts';
const n = Number(process.argv[2]);
const sentence = process.argv[3] ?? 'The *council* said “it will cost £3.5m”, up [40%](http://x.org) on the `2,000` people’s estimate. ';
const text = sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
let t = Date.now(); parseMarkdownChunk(text); console.log(n, 'remark', Date.now() - t);
