/**
 * The rep's settings: declared once, validated on every read, repaired field by field. Corrupted or old-format
 * stored data never throws and never loses the fields that are still good (PRODUCT.md: bad input loses nothing).
 */
import { z } from 'zod';
import { CATEGORIES, SENSITIVITIES, type UserPhrase } from '../analyzer/types';
import { validateUserPhrase } from '../analyzer/user-phrases';

export const SETTINGS_VERSION = 1;

const userPhrase = z.object({
  phrase: z.string(),
  category: z.enum(CATEGORIES),
  message: z.string(),
  rewrite: z.string().optional(),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  disabledRules: z.array(z.string()),
  disabledCategories: z.array(z.enum(CATEGORIES)),
  sensitivity: z.enum(SENSITIVITIES),
  userPhrases: z.array(userPhrase),
  /** Per mail client: whether Poise coaches there. */
  sites: z.object({ gmail: z.boolean(), outlook: z.boolean() }),
  historyRetentionWeeks: z.number().int().min(1).max(104),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  disabledRules: [],
  disabledCategories: [],
  sensitivity: 'standard',
  userPhrases: [],
  sites: { gmail: true, outlook: true },
  historyRetentionWeeks: 12,
};

/**
 * Any stored value -> valid settings. Each field is checked on its own, so one bad field falls back to its default
 * while the others are kept; an invalid user phrase is dropped, the valid ones stay.
 */
export function repairSettings(raw: unknown): Settings {
  const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const migrated = migrate(obj);
  const shape = settingsSchema.shape;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = shape[key].safeParse(migrated[key]);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  const phrases = Array.isArray(migrated.userPhrases) ? migrated.userPhrases : [];
  return {
    version: SETTINGS_VERSION,
    disabledRules: field('disabledRules'),
    disabledCategories: field('disabledCategories'),
    sensitivity: field('sensitivity'),
    userPhrases: phrases.filter((p): p is UserPhrase => userPhrase.safeParse(p).success && validateUserPhrase(p as UserPhrase) === null),
    sites: field('sites'),
    historyRetentionWeeks: field('historyRetentionWeeks'),
  };
}

/** Older shapes: version 0 kept `strictness` and a flat list of `mutedRules`. */
function migrate(obj: Record<string, unknown>): Record<string, unknown> {
  if (obj.version === SETTINGS_VERSION) return obj;
  const out = { ...obj };
  if (out.disabledRules === undefined && Array.isArray(obj.mutedRules)) out.disabledRules = obj.mutedRules;
  if (out.sensitivity === undefined && typeof obj.strictness === 'string') out.sensitivity = obj.strictness;
  return out;
}
