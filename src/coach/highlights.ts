/**
 * Paints findings without touching the editor's DOM (STYLE.md habit 7: Grammarly's <g> wrappers and Just Not
 * Sorry's spans ended up in sent mail). With the CSS Custom Highlight API the browser paints live Ranges, which
 * follow the text as it scrolls, wraps or reflows; without it, a pointer-transparent overlay of boxes outside the
 * editor, repositioned on scroll and resize.
 */
import { CATEGORIES, type Category } from '../analyzer/types';
import { pageHighlights, type PageHighlights } from '../page-realm';

export const HIGHLIGHT_NAME: Record<Category, string> = {
  hard_close: 'poise-hard_close',
  self_serving: 'poise-self_serving',
  timidity: 'poise-timidity',
};

/** One tint and one underline style per category, none of them red or wavy like the spellchecker's squiggle. */
export const CATEGORY_COLOR: Record<Category, { fill: string; line: string; style: 'solid' | 'dotted' | 'dashed' }> = {
  hard_close: { fill: 'rgba(234, 88, 12, 0.16)', line: '#c2410c', style: 'solid' },
  self_serving: { fill: 'rgba(147, 51, 234, 0.14)', line: '#7e22ce', style: 'dotted' },
  timidity: { fill: 'rgba(37, 99, 235, 0.14)', line: '#1d4ed8', style: 'dashed' },
};

/** `::highlight()` styles must live in the page's own style sheets, not in a shadow root (TOOLCHAIN.md). */
export function highlightCss(): string {
  return CATEGORIES.map((c) => {
    const { fill, line, style } = CATEGORY_COLOR[c];
    return `::highlight(${HIGHLIGHT_NAME[c]}) { background-color: ${fill}; text-decoration: underline ${style} ${line} 2px; text-underline-offset: 3px; }`;
  }).join('\n');
}

export interface Mark {
  category: Category;
  range: Range;
}

export interface Painter {
  /** Replaces everything painted for `owner` (one draft) with `marks`. */
  paint(owner: string, marks: readonly Mark[]): void;
  clear(owner: string): void;
  /** The marks currently painted for `owner`. */
  marks(owner: string): readonly Mark[];
  destroy(): void;
}

/** How one painting technique shows the current marks and takes itself down. */
interface Surface {
  /** Shows exactly `marks` (every owner's), replacing what was shown. */
  show(marks: readonly Mark[]): void;
  remove(): void;
}

export function createPainter(doc: Document): Painter {
  // The page's registry, as the page sees it (page-realm.ts says why that matters in Firefox).
  const registry = doc.defaultView ? pageHighlights(doc.defaultView) : null;
  const surface = registry ? highlightSurface(doc, registry) : overlaySurface(doc);
  const byOwner = new Map<string, readonly Mark[]>();
  const show = () => surface.show([...byOwner.values()].flat());
  return {
    paint(owner, marks) {
      byOwner.set(owner, [...marks]);
      show();
    },
    clear(owner) {
      byOwner.delete(owner);
      show();
    },
    marks: (owner) => byOwner.get(owner) ?? [],
    destroy() {
      byOwner.clear();
      show();
      surface.remove();
    },
  };
}

/** The browser paints live Ranges: they follow the text as it scrolls, wraps and reflows, at no cost to us. */
function highlightSurface(doc: Document, registry: PageHighlights): Surface {
  const style = doc.createElement('style');
  style.id = 'poise-highlight-style';
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).append(style);
  return {
    show(marks) {
      for (const c of CATEGORIES) {
        const ranges = marks.filter((m) => m.category === c).map((m) => m.range);
        if (ranges.length) registry.set(HIGHLIGHT_NAME[c], ranges);
        else registry.delete(HIGHLIGHT_NAME[c]);
      }
    },
    remove: () => style.remove(),
  };
}

/** The fallback: boxes in a fixed layer above the page, never inside the editor, never catching the pointer. */
function overlaySurface(doc: Document): Surface {
  const host = doc.createElement('poise-overlay');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;';
  const layer = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  const win = doc.defaultView;
  let current: readonly Mark[] = [];
  let frame = 0;
  const draw = () => {
    frame = 0;
    layer.replaceChildren(
      ...current.flatMap((m) =>
        [...m.range.getClientRects()].map((r) => {
          const box = doc.createElement('div');
          const { fill, line, style } = CATEGORY_COLOR[m.category];
          box.className = `poise-mark poise-${m.category}`;
          box.style.cssText = `position:fixed;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;background:${fill};border-bottom:2px ${style} ${line};`;
          return box;
        }),
      ),
    );
  };
  // Boxes do not move with the text by themselves: redraw after scrolling and resizing, once per frame.
  const schedule = () => {
    if (!frame) frame = win?.requestAnimationFrame(draw) ?? 0;
  };
  win?.addEventListener('scroll', schedule, { capture: true, passive: true });
  win?.addEventListener('resize', schedule, { passive: true });
  return {
    show(marks) {
      current = marks;
      schedule();
    },
    remove() {
      win?.removeEventListener('scroll', schedule, { capture: true });
      win?.removeEventListener('resize', schedule);
      if (frame) win?.cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
