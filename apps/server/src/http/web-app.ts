import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './types';

/**
 * Serves the built web app at `/`; unknown non-API paths get index.html so client routes load.
 * Without a build the API still runs and `/` says how to build the UI.
 */
export async function registerWebApp(app: App, webDir: string): Promise<boolean> {
  const hasBuild = existsSync(path.join(webDir, 'index.html'));
  if (!hasBuild) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: ['index.html'],
    // Hashed asset names never change content; index.html must be re-read to pick up a new build.
    setHeaders: (res, filePath) => {
      res.header('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/assets/*', { schema: { hide: true } }, (request, reply) => {
    const rel = (request.params as { '*': string })['*'];
    return reply.sendFile(path.join('assets', rel));
  });
  return true;
}
