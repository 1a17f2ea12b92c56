/**
 * A pure function of a string, remembered for recently asked strings. A session rebuilds every finding's rewrites at
 * each keystroke, and the checks that parse a piece of text with compromise are asked the same pieces again and again.
 */
export function memoByText<T>(fn: (text: string) => T, size = 1000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    if (cache.size >= size) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
