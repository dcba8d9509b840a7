import { useCallback, useRef, useState, type RefObject, type UIEvent } from 'react';
import { usePaintedOnce } from './usePaintedOnce';

/** Every mapping row has this height (px), which is what makes windowing a division. */
export const ROW_HEIGHT = 64;
/** Tables longer than this are windowed; shorter ones render every row and grow with the page. */
export const WINDOW_FROM = 40;
/** Height of a windowed table's scroll area (px). */
export const VIEWPORT_HEIGHT = 640;
const OVERSCAN = 6;

/** The slice of rows to render and what the scroll container needs. */
export interface RowWindow {
  windowed: boolean;
  start: number;
  end: number;
  bodyRef: RefObject<HTMLDivElement | null>;
  onScroll(event: UIEvent<HTMLDivElement>): void;
  /** Scrolls so the row at `index` is rendered and visible (used by jumps, moves and additions). */
  reveal(index: number): void;
}

/**
 * Fixed-height windowing: only the rows in (and just around) the visible band are rendered. The first
 * paint of a windowed table shows the visible band alone; the rows around it, which are out of view,
 * follow right after that paint.
 */
export function useRowWindow(count: number): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef(0);
  const windowed = count > WINDOW_FROM;
  const overscan = usePaintedOnce(windowed) ? OVERSCAN : 0;
  const start = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan) : 0;
  const end = windowed
    ? Math.min(count, Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + overscan)
    : count;

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    scrollRef.current = event.currentTarget.scrollTop;
    setScrollTop(scrollRef.current);
  }, []);

  const reveal = useCallback((index: number) => {
    const rowTop = index * ROW_HEIGHT;
    const current = scrollRef.current;
    if (rowTop >= current && rowTop + ROW_HEIGHT <= current + VIEWPORT_HEIGHT) return;
    const target = Math.max(0, rowTop - VIEWPORT_HEIGHT / 2 + ROW_HEIGHT / 2);
    scrollRef.current = target;
    if (bodyRef.current) bodyRef.current.scrollTop = target;
    setScrollTop(target);
  }, []);

  return { windowed, start, end, bodyRef, onScroll, reveal };
}
