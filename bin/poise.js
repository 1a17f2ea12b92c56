#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` (the first README command runs it).
import('../dist/poise.mjs').catch((e) => {
  if (e?.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('poise: the CLI is not built yet; run "npm run build:cli" (or "npm run setup") first');
    process.exit(2);
  }
  throw e;
});
