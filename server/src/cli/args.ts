// The command line's options, in one place: cli.ts parses them for the run, cli/early-workers.ts
// reads them (before the engine has loaded) to decide whether to start worker threads at once.

export const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true, default: [] as string[] },
  'max-warnings': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  explain: { type: 'boolean', default: false },
  'allow-empty': { type: 'boolean', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Below this many drafts, starting workers costs more than it saves. */
export const PARALLEL_MIN = 8;
