/** The analyser entry points the benchmark uses, in one place. */
import bundled from '../src/analyzer/rules.generated.json';
import { analyze, createAnalyzer as create, type Rule } from '../src/analyzer';
import { countWords } from '../src/analyzer/text';

export { analyze };
export const countWordsForBench = countWords;
/** A fresh analyser with the bundled rules, so its session starts with an empty cache. */
export const createAnalyzer = () => create(bundled as unknown as Rule[]);
