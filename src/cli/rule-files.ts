/** Reads rule files from disk for the build script, the tests and the CLI (the analyser itself never touches fs). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RuleSource } from '../analyzer/rules';

export function readRuleSources(dir: string): RuleSource[] {
  const out: RuleSource[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(entry.name)) out.push({ path: relative(dir, p).split(sep).join('/'), source: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
