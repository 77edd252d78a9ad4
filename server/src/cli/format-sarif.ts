// --format sarif: SARIF 2.1.0 as GitHub code scanning reads it (rules with help and URIs, fixes).

import type { Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules/index.ts';
import { ruleDocUrl, REPOSITORY } from '../rules/rule.ts';
import type { FileReport, Place } from './located.ts';
import { VERSION } from './version.ts';
import { relativeInside } from '../host/paths.ts';

// A hint (a lower-confidence query) is SARIF's "none": kept in the log, but code scanning and the
// Action do not raise it as an alert or an annotation.
const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'none' } as const;

export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.summary },
    helpUri: ruleDocUrl(rule.id),
    help: { text: `${rule.summary} See ${ruleDocUrl(rule.id)}`, markdown: `${rule.summary} [Documentation](${ruleDocUrl(rule.id)})` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  const results: Result[] = [];
  for (const report of reports) {
    const artifact = artifactOf(report, cwd);
    for (const f of report.findings) {
      results.push({
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(f) } }],
        relatedLocations: f.related.map((r, id) => ({
          id,
          message: { text: r.message },
          physicalLocation: { artifactLocation: r.file ? { uri: pathToFileURL(r.file).toString() } : artifact, region: region(r) },
        })),
        fixes: f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: artifact,
              replacements: fix.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })),
            },
          ],
        })),
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Copydesk', informationUri: REPOSITORY, version: VERSION, semanticVersion: VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').toString() } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function artifactOf(report: FileReport, cwd: string) {
  if (!report.absolutePath) return { uri: encodeURI(report.path) };
  const rel = relativeInside(cwd, report.absolutePath);
  if (rel) return { uri: encodeURI(rel), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(report.absolutePath).toString() };
}

function region(p: Place) {
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
