// Per-document state: what one document's last lint leaves for its next (the cross-paragraph rules'
// matches and candidate lists). The caller owns it: the server keeps one per open document and drops
// it on close, the CLI makes one per file. Its size follows its document's (each rule keeps the last
// lint's results and bounded memos), never the number of edits.
//
// Everything keyed by a block's text alone lives in the shared bounded cache (cache.ts) instead.

export class DocumentState {
  private readonly slots = new Map<string, unknown>();

  /** The state a rule (or engine pass) keeps for this document, created on first use. */
  slot<T>(name: string, create: () => T): T {
    let value = this.slots.get(name) as T | undefined;
    if (value === undefined) {
      value = create();
      this.slots.set(name, value);
    }
    return value;
  }
}
