#!/usr/bin/env node
// The workspace's `associa` command (`npx associa <command>`): the TypeScript CLI, run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
