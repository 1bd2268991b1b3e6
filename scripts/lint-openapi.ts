// `npm run lint:openapi`: writes the OpenAPI document of the built app (no listening, no database)
// to a temporary file and runs `redocly lint` on it with redocly.yaml. Fails on any warning, and
// lists each one with its operation so whoever added a route sees what to fix.
// `--out FILE` also keeps the document.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../apps/server/src/http/openapi-document';

type Problem = { ruleId: string; severity: 'error' | 'warn'; message: string; location: { pointer?: string }[] };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const outIndex = process.argv.indexOf('--out');
const keep = outIndex > 0 ? process.argv[outIndex + 1] : undefined;

const document = await buildOpenApiDocument();
const dir = mkdtempSync(path.join(tmpdir(), 'associa-openapi-'));
const file = path.join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(document, null, 2));
if (keep) copyFileSync(file, path.resolve(keep));

/** "GET /claims/{id} (getClaim)" for a pointer into an operation, else the pointer itself. */
function where(pointer = ''): string {
  const parts = pointer.replace(/^#\//, '').split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (parts[0] !== 'paths' || !parts[1]) return pointer;
  const operation = parts[2] ? (document.paths as Record<string, Record<string, { operationId?: string }>>)[parts[1]]?.[parts[2]] : undefined;
  const label = parts[2] ? `${parts[2].toUpperCase()} ${parts[1]}${operation?.operationId ? ` (${operation.operationId})` : ''}` : parts[1];
  return parts.length > 3 ? `${label} at ${parts.slice(3).join('/')}` : label;
}

try {
  const run = spawnSync(process.execPath, [redocly, 'lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'json', '--max-problems', '100000', '--lint-config', 'error'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let problems: Problem[];
  try {
    problems = (JSON.parse(run.stdout) as { problems: Problem[] }).problems;
  } catch {
    process.stderr.write(`redocly lint did not answer JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}\n`);
    process.exit(1);
  }
  for (const p of problems) console.log(`${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.ruleId}  ${where(p.location[0]?.pointer)}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const operations = Object.values(document.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
  console.log(`OpenAPI lint (${operations} operations): ${errors} errors, ${problems.length - errors} warnings.`);
  process.exitCode = problems.length === 0 && run.status === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
