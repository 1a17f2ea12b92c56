/**
 * Turns rule files into validated rules. Pure: the caller reads the files (a build script, a test, the CLI).
 */
import { parse as parseYaml } from 'yaml';
import { ruleFileSchema, withDefaultType, type Rule } from './rule-schema';
import { RuleError } from './rule-error';

export { RuleError };

export interface RuleSource {
  /** Path relative to the rules folder, with forward slashes: `timidity/sorry-to-bother.yaml`. */
  path: string;
  source: string;
}

const ID_RE = /^(hard_close|self_serving|timidity)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function ruleIdFromPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.ya?ml$/, '');
}

/** Parses and validates every file; throws one RuleError listing every problem with its fix. */
export function loadRules(sources: readonly RuleSource[]): Rule[] {
  const problems: string[] = [];
  const rules: Rule[] = [];
  for (const { path, source } of sources) {
    const id = ruleIdFromPath(path);
    if (!ID_RE.test(id)) {
      problems.push(`${path}: the path is the rule id; name it <category>/<kebab-case-name>.yaml, e.g. timidity/sorry-to-bother.yaml`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(source);
    } catch (e) {
      problems.push(`${path}: not valid YAML (${(e as Error).message.split('\n')[0]}); check indentation and quote sentences that contain ": "`);
      continue;
    }
    const parsed = ruleFileSchema.safeParse(withDefaultType(raw));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        const unknownKeys = issue.code === 'unrecognized_keys' ? ` (unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; allowed: category, level, strict, message, why, type, patterns, tag, min, exceptions, requires, replace, apply, protect, rewrites, fixes, examples)` : '';
        problems.push(`${path}: ${where}${issue.message}${unknownKeys}`);
      }
      continue;
    }
    const folder = id.split('/')[0];
    if (parsed.data.category !== folder) {
      problems.push(`${path}: category is ${parsed.data.category} but the file is in ${folder}/; move the file or fix the category`);
      continue;
    }
    rules.push({ ...parsed.data, id });
  }
  if (problems.length) throw new RuleError(problems);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}
