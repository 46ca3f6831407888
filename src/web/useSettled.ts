/**
 * A value once it has stopped changing for a moment (the first value at once): hints that follow typing wait
 * for a pause, so a screen reader is not interrupted at every key.
 *
 * @example const settled = useSettled(text, 700);
 */
import { useEffect, useState } from 'react';

export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
