/** Every problem found in the rules, each with its fix; thrown once so a rule author sees them all. */
export class RuleError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RuleError';
  }
}
