/**
 * A compromise plugin that adds Poise's domain tags after compromise's own tagger has run. Tags are added, never
 * replaced: "sorry" stays an Adjective and also becomes an Apology, so rules can mix grammar and domain meaning.
 */
import type nlpType from 'compromise';
import { DOMAIN_LEXICON, DOMAIN_TAGS } from './lexicon';

type Nlp = typeof nlpType;
type View = ReturnType<Nlp>;

export function poisePlugin(nlp: Nlp) {
  // buildNet writes into the objects it is given: hand it fresh ones.
  const net = nlp.buildNet(
    DOMAIN_TAGS.flatMap((tag) => DOMAIN_LEXICON[tag].map((match) => ({ match, tag: `${tag}`, id: `${tag}:${match}` }))),
  );
  return {
    // Top-level tags with no parents and no conflicts: adding one never removes a part-of-speech tag.
    tags: Object.fromEntries(DOMAIN_TAGS.map((t) => [t, {}])),
    compute: {
      poiseTags: (view: View) => {
        const { found } = view.sweep(net) as { found: { tag: string; view: View }[] };
        for (const f of found) f.view.tag(f.tag, 'poise');
      },
    },
    hooks: ['poiseTags'],
  };
}
