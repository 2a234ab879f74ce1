import { useEffect, useState } from 'react';

/** Seconds left of a cool-down that started at `since` (ms) with `seconds` to wait; ticks once a second. */
export function useCountdown(seconds: number, since: number): number {
  const left = () => Math.max(0, Math.ceil(seconds - (Date.now() - since) / 1000));
  const [remaining, setRemaining] = useState(left);
  useEffect(() => {
    setRemaining(left());
    if (left() <= 0) return;
    const timer = window.setInterval(() => {
      const value = left();
      setRemaining(value);
      if (value <= 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [seconds, since]);
  return remaining;
}
