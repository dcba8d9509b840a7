import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`: work that follows it (comparing a long draft with
 * its base) runs once after a burst of keystrokes instead of after each. A new `key` (another domain)
 * is followed at once, so nothing of the previous one is shown.
 */
export function useSettled<T>(value: T, key: unknown, delayMs: number): T {
  const [settled, setSettled] = useState({ value, key });
  const current = settled.key === key;
  useEffect(() => {
    if (current && settled.value === value) return;
    const timer = setTimeout(() => setSettled({ value, key }), current ? delayMs : 0);
    return () => clearTimeout(timer);
  }, [value, key, delayMs, current, settled.value]);
  return current ? settled.value : value;
}
