// The candidate readers behind one small interface, for scripts/spike/*.ts (docs/reader-spike.md).
// None is a dependency of Copydesk: install them for the spike only, without touching package.json:
//
//   npm install --no-save wink-nlp wink-eng-lite-web-model compromise en-pos natural
//
// (one command: a later `npm install --no-save` prunes packages an earlier one added; `npm ci` removes
// them all again). A reader whose package is missing is skipped with a message.

import { createRequire } from 'node:module';
import { proseSentences } from '../../server/src/engine/sentences.ts';

const require = createRequire(import.meta.url);

/** Coarse tags, enough for "is this a verb / a noun / a number". */
export type Coarse = 'VERB' | 'NOUN' | 'NUM' | 'ADJ' | 'OTHER';
export interface Token {
  text: string;
  tag: Coarse;
  /** The package's own tag, for the report. */
  raw: string;
}
export interface Reading {
  /** null: the package has no sentence splitter. */
  sentences: string[] | null;
  tokens: Token[];
}
export interface Reader {
  name: string;
  /** Loads the package (and its model); returns null with a message when it is not installed. */
  load(): ((text: string) => Reading) | string;
}

function tryRequire(name: string): any {
  try {
    return require(name);
  } catch {
    return null;
  }
}

// A plain tokenizer for the taggers that take tokens: numbers with their separators, words with inner
// hyphens and apostrophes, the possessive 's apart, any other character alone.
const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:[-’'](?!s\b)\p{L}+)*|['’]s\b|\S/gu;
export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

const penn = (tag: string): Coarse =>
  tag.startsWith('VB') ? 'VERB' : tag.startsWith('NN') ? 'NOUN' : tag === 'CD' ? 'NUM' : tag.startsWith('JJ') ? 'ADJ' : 'OTHER';

export const READERS: Reader[] = [
  {
    name: 'wink-nlp + wink-eng-lite-web-model',
    load() {
      const winkNLP = tryRequire('wink-nlp');
      const model = tryRequire('wink-eng-lite-web-model');
      if (!winkNLP || !model) return 'wink-nlp / wink-eng-lite-web-model not installed';
      const nlp = winkNLP(model);
      const its = nlp.its;
      const ud = (t: string): Coarse =>
        t === 'VERB' || t === 'AUX' ? 'VERB' : t === 'NOUN' || t === 'PROPN' ? 'NOUN' : t === 'NUM' ? 'NUM' : t === 'ADJ' ? 'ADJ' : 'OTHER';
      return (text) => {
        const doc = nlp.readDoc(text);
        const words: string[] = doc.tokens().out();
        const tags: string[] = doc.tokens().out(its.pos);
        return { sentences: doc.sentences().out(), tokens: words.map((w, i) => ({ text: w, tag: ud(tags[i]), raw: tags[i] })) };
      };
    },
  },
  {
    name: 'compromise',
    load() {
      const mod = tryRequire('compromise');
      if (!mod) return 'compromise not installed';
      const nlp = mod.default ?? mod;
      const coarse = (tags: string[]): Coarse =>
        tags.includes('Value') ? 'NUM' : tags.includes('Verb') ? 'VERB' : tags.includes('Noun') ? 'NOUN' : tags.includes('Adjective') ? 'ADJ' : 'OTHER';
      return (text) => {
        const json = nlp(text).json();
        const tokens: Token[] = [];
        // compromise keeps punctuation in a term's pre/post: give it tokens of its own, as the others do
        const punct = (p: string) => {
          for (const ch of p.replace(/\s+/g, '')) tokens.push({ text: ch, tag: 'OTHER', raw: 'punct' });
        };
        for (const s of json) {
          for (const t of s.terms) {
            punct(t.pre);
            tokens.push({ text: t.text, tag: coarse(t.tags), raw: t.tags.join(',') });
            punct(t.post);
          }
        }
        return { sentences: json.map((s: { text: string }) => s.text), tokens };
      };
    },
  },
  {
    name: 'en-pos (own tokenizer)',
    load() {
      const mod = tryRequire('en-pos');
      if (!mod) return 'en-pos not installed';
      return (text) => {
        const words = tokenize(text);
        const tags: string[] = new mod.Tag(words).initial().smooth().tags;
        return { sentences: null, tokens: words.map((w, i) => ({ text: w, tag: penn(tags[i]), raw: tags[i] })) };
      };
    },
  },
  {
    name: 'natural (Brill tagger)',
    load() {
      const natural = tryRequire('natural');
      if (!natural) return 'natural not installed';
      const tagger = new natural.BrillPOSTagger(new natural.Lexicon('EN', 'N', 'NNP'), new natural.RuleSet('EN'));
      const splitter = new natural.SentenceTokenizer(['dr', 'mr', 'mrs', 'ms', 'gov', 'sen', 'st', 'mt', 'inc', 'no', 'jan', 'oct']);
      return (text) => {
        const words = tokenize(text);
        const tagged: { token: string; tag: string }[] = tagger.tag(words).taggedWords;
        return { sentences: splitter.tokenize(text), tokens: tagged.map((t) => ({ text: t.token, tag: penn(t.tag), raw: t.tag })) };
      };
    },
  },
];

/** Copydesk's own sentence splitter (parse-english with news corrections), as the baseline for splitting. */
export const ourSentences = (text: string): string[] => proseSentences(text).map((s) => text.slice(s.start, s.end));
