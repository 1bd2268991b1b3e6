// Starts a bench child process (the server under test, or a ceiling route) and reads its address.
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A listening child: its base URL, its pid and its memory as the kernel counts it. */
export type BenchChild = { url: string; pid: number; rssMb(): { current: number; peak: number }; stop(): Promise<void> };

// Children still running when this process exits (a failed run) are stopped with it.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** The process's resident set now (VmRSS) and at its peak (VmHWM), in MB, from /proc. */
export function procRssMb(pid: number): { current: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { current: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { current: 0, peak: 0 };
  }
}

/**
 * Runs `bench/<script>` under node + tsx with `env` added; the script prints one line
 * `{"port":N}` once it listens. Its other output goes to this process's stderr.
 */
export async function startChild(script: string, env: Record<string, string>): Promise<BenchChild> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited ${code} before listening`)));
  });
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    rssMb: () => procRssMb(child.pid!),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The node arguments of a root package.json script (`start`, `api`, ...) as npm would run them: its
 * steps before the last `&&` (the stale-build checks) run here first; the last one, `node <flags>
 * <file> [args]`, is answered without `node`, so a bench child runs exactly what the product runs.
 */
export function productScriptArgs(script: string): string[] {
  const line = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[script];
  const steps = (line ?? '').split('&&').map((s) => s.trim());
  const last = steps.pop()!.split(/\s+/);
  if (last[0] !== 'node') throw new Error(`package.json script ${script} does not end in a node command: ${line}`);
  for (const step of steps) execSync(step, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` } });
  return last.slice(1);
}

/**
 * Runs a product role (`npm run <script>`'s node command, e.g. `api`: the compiled cli.js serve) with
 * `env` added and reads its address from the banner it prints (`... at http://host:port`).
 */
export async function startProductChild(script: string, env: Record<string, string>): Promise<BenchChild> {
  // BENCH_PROFILE_DIR=<folder>: the product child writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, ...productScriptArgs(script)], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = / at (http:\/\/[^\s/]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`npm run ${script} exited ${code} before listening:\n${out}`)));
  });
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));
  return {
    url,
    pid: child.pid!,
    rssMb: () => procRssMb(child.pid!),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
