#!/usr/bin/env node
// The `courtflow` command: runs the bundled server CLI (build it with `npm run build`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/server/courtflow.mjs');
if (!existsSync(bundle)) {
  console.error('courtflow: not built yet — run `npm run build` first');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
