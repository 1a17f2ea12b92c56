/**
 * Mounts the Preact tooltip in a shadow root outside the editor, positions it under the finding, and gives the
 * caret back where it was when it closes. One tooltip per page; every element is prefixed `poise-`.
 */
import { h, render } from 'preact';
import { FindingTooltip, TOOLTIP_CSS, type FindingTooltipProps } from '../ui/FindingTooltip';

export interface TooltipHost {
  open(props: Omit<FindingTooltipProps, 'onClose'>, anchor: DOMRect, opts: { focus: boolean; onClose?: () => void }): void;
  update(props: Partial<FindingTooltipProps>): void;
  close(): void;
  readonly isOpen: boolean;
  /** True when the event target is inside the tooltip (hovering it keeps it open). */
  contains(target: EventTarget | null): boolean;
  /** Where the open tooltip is on screen, or null when closed. */
  rect(): DOMRect | null;
  destroy(): void;
}

export function createTooltipHost(doc: Document): TooltipHost {
  const host = doc.createElement('poise-tooltip');
  host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:none;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);

  let props: FindingTooltipProps | null = null;
  let savedCaret: Range | null = null;
  let onClosed: (() => void) | undefined;

  const draw = () => render(props ? h(FindingTooltip, props) : null, mount);

  const close = () => {
    if (!props) return;
    props = null;
    draw();
    host.style.display = 'none';
    if (savedCaret) {
      // Escape puts the caret back where the rep left it (PRODUCT.md surface 2).
      const selection = doc.getSelection();
      const editable = (savedCaret.startContainer.parentElement?.closest('[contenteditable="true"]') as HTMLElement | null);
      editable?.focus({ preventScroll: true });
      selection?.removeAllRanges();
      selection?.addRange(savedCaret);
      savedCaret = null;
    }
    onClosed?.();
  };

  return {
    open(p, anchor, opts) {
      const selection = doc.getSelection();
      savedCaret = opts.focus && selection && selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      onClosed = opts.onClose;
      props = { ...p, onClose: close };
      host.style.display = 'block';
      draw();
      const view = doc.defaultView!;
      const box = (shadow.firstElementChild?.nextElementSibling?.firstElementChild as HTMLElement | null)?.getBoundingClientRect();
      const width = box?.width ?? 340;
      const height = box?.height ?? 200;
      const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
      const below = anchor.bottom + 6;
      const top = below + height > view.innerHeight - 8 ? Math.max(8, anchor.top - height - 6) : below;
      host.style.left = `${left}px`;
      host.style.top = `${top}px`;
      if (opts.focus) (shadow.querySelector('.poise-apply, .poise-dismiss') as HTMLElement | null)?.focus();
    },
    update(p) {
      if (!props) return;
      props = { ...props, ...p };
      draw();
    },
    close,
    get isOpen() {
      return props !== null;
    },
    contains: (target) => target instanceof Node && (target === host || host.contains(target)),
    rect: () => (props ? host.getBoundingClientRect() : null),
    destroy() {
      host.remove();
      if (props) render(null, mount); // unmount only what was rendered: Preact needs a document to do even that
      props = null;
    },
  };
}
