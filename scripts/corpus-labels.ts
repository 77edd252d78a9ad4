// Finding a label's text in its draft, shared by the corpus scripts: `in` (default: the text itself)
// must occur exactly once unless `occurrence` (1-based) says which, and `text` is looked up inside it.

export interface LabelPlace {
  text: string;
  in?: string;
  occurrence?: number;
}

export function locateLabel(file: string, text: string, label: LabelPlace): { start: number; end: number } {
  const context = label.in ?? label.text;
  let at = -1;
  const occurrence = label.occurrence ?? 1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(context, at + 1);
    if (at < 0) throw new Error(`${file}: "${context}" not found (occurrence ${n + 1})`);
  }
  if (label.occurrence === undefined && text.indexOf(context, at + 1) >= 0) {
    throw new Error(`${file}: "${context}" occurs more than once; give "in" or "occurrence"`);
  }
  const inner = context.indexOf(label.text);
  if (inner < 0) throw new Error(`${file}: "${label.text}" is not inside "${context}"`);
  return { start: at + inner, end: at + inner + label.text.length };
}
