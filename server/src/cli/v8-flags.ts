// V8 tuned for a batch of drafts rather than a long-lived page. Measured with `npm run bench:folder`
// (docs/benchmarks.md): V8's optimising compiler (TurboFan) runs on background threads and, with its
// default inlining, spends about 1.6 s of CPU on 1,000 drafts, mostly recompiling a few large rule
// functions after deoptimisations, and each worker thread pays it again. With one thread that work
// hides on an idle core; with a thread per core it competes with the linting. Without inlining and
// with twice the default tier-up budget the compiler's CPU falls by about half, and the linting
// thread itself measured no slower (docs/benchmarks.md has the figures). The flags are process-wide,
// so the main thread and every worker get the same, whatever --jobs is.

import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=135168'] as const;

export function tuneV8ForBatch(): void {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}
