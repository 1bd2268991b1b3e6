import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { RestartCommand, RestartReply } from '../setup/restartable-pg-process';

/** A PostgreSQL of the test's own that can be stopped and started again (same port, same data). */
export async function startRestartableCluster() {
  const child = fork(path.join(import.meta.dirname, '../setup/restartable-pg-process.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const reply = async (): Promise<string> => {
    const [m] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [{ ok: false, error: 'the cluster process exited' }])])) as [RestartReply];
    if (!m.ok) throw new Error(m.error);
    return m.adminUrl;
  };
  const adminUrl = await reply();
  const send = async (cmd: RestartCommand['cmd']) => {
    child.send({ cmd } satisfies RestartCommand);
    await reply();
  };
  return {
    adminUrl,
    stop: () => send('stop'),
    start: () => send('start'),
    close: async () => {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}
