import type { Category } from '../analyzer/types';

/** What a rep reads for each category. */
export const CATEGORY_LABEL: Record<Category, string> = {
  hard_close: 'Hard-close pressure',
  self_serving: 'Self-serving',
  timidity: 'Order-taker timidity',
};
