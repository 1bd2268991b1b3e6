// CI's dependency audit: fails when a production dependency has a known advisory of high or
// critical severity (`npm audit --omit=dev`). When the registry's advisory service can't be reached
// (some mirrors and sandboxes refuse it), it says so plainly and passes, unless
// ASSOCIA_AUDIT_REQUIRED=1 makes that a failure too.
import { spawnSync } from 'node:child_process';

/** The failing advisories of an `npm audit --json` report: high and critical, by package. */
export function highAdvisories(report) {
  return Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => ({ name: v.name, severity: v.severity, via: (v.via ?? []).map((x) => (typeof x === 'string' ? x : x.title ?? x.url)).join('; ') }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = null;
  }
  if (!report || report.error || report.statusCode || !report.metadata) {
    const reason = report?.error?.summary || report?.message || report?.error?.detail || (run.stderr.trim().split('\n').pop() || 'no answer');
    console.warn(`Dependency audit: the advisory service is unavailable here (${reason}); nothing was checked.`);
    process.exit(process.env.ASSOCIA_AUDIT_REQUIRED === '1' ? 1 : 0);
  }
  const bad = highAdvisories(report);
  const total = report.metadata?.vulnerabilities ?? {};
  console.log(`Dependency audit (production dependencies): ${JSON.stringify(total)}`);
  for (const b of bad) console.error(`  ${b.severity.toUpperCase()} ${b.name}: ${b.via}`);
  process.exit(bad.length ? 1 : 0);
}
