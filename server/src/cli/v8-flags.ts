// V8 tuned for a batch of drafts rather than a long-lived page. V8's optimising compiler (TurboFan)
// runs on background threads and, with its default inlining, spent about 1.7 s of CPU on the
// 1,000 drafts of `npm run bench:folder`, much of it re-optimising a few large rule functions after
// deoptimisations; every worker thread pays that again. With one thread the work hides on an idle
// core; with a thread per core it competes with the linting. Without inlining and with twice the
// default tier-up budget:
//
//   --jobs 1, per thread (perf, 3 alternating runs, shared machine):  linting thread 6.31 → 6.11 s,
//     V8 background threads 2.33 → 1.26 s (of which TurboFan 1.67 → 0.77 s)
//   whole process (4 alternating runs):  --jobs 1 8.15 → 7.33 s CPU, --jobs 2 10.24 → 8.72 s CPU
//
// Array builtins (map, filter, sort…) are inlined even without --no-turbo-inlining, specialised for
// the arrays seen so far; an empty array (small-integer elements) and a filled one (objects) look
// different to V8, so rule code deoptimised over and over (23 deoptimisations on the folder, 4
// without). Not inlining them as well:
//
//   --jobs 1, per thread (3 alternating runs):  linting thread 6.52, 6.87, 6.30 → 6.33, 6.22, 6.07 s;
//     TurboFan 0.84, 0.97, 0.70 → 0.50, 0.53, 0.50 s
//
// Regular expressions compiled straight to machine code: by default V8 first compiles each one to
// bytecode for its interpreter (with a peephole pass that is slow on the rules' large alternations)
// and compiles it again to machine code once it runs a second time. Every isolate compiles all of
// them again, so this is a cost per thread, before its first draft is fast:
//
//   one draft (`check` of a folder of one): 0.44 → 0.24 s CPU (5 alternating runs each)
//   100 / 500 drafts, --jobs 1: 1.52–1.59 → 1.32–1.44 s, 4.86–4.98 → 4.51–4.79 s CPU
//   1,000 drafts (4 alternating pairs, load 3.5–5): --jobs 1 CPU no change (−0.06 s on average),
//     --jobs 2 CPU lower in every pair (−0.3 to −1.6 s)
//
// The flags are process-wide, so the main thread and every worker get the same, whatever --jobs is.

import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = ['--no-turbo-inlining', '--no-turbo-inline-array-builtins', '--interrupt-budget=135168', '--no-regexp-tier-up'] as const;

export function tuneV8ForBatch(): void {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}
