import { useCallback, useEffect, useRef, useState } from 'react';
import { saveAnswers } from '../../api/assessments';
import type { Answer, AttemptAnswers } from '../../api/types';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; error: unknown };

/** Saves changed answers shortly after each change, one request at a time; failed answers are retried with the next change. */
export function useAutosave(attemptId: string, onRemaining: (seconds: number | null) => void) {
  const pending = useRef<AttemptAnswers>({});
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const flush = useCallback(async (keepalive = false): Promise<void> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const batch = pending.current;
    if (Object.keys(batch).length === 0) return;
    pending.current = {};
    setState({ kind: 'saving' });
    inFlight.current = saveAnswers(attemptId, batch, keepalive)
      .then((saved) => {
        setState({ kind: 'saved', at: saved.savedAt });
        onRemaining(saved.remainingSeconds);
      })
      .catch((error: unknown) => {
        pending.current = { ...batch, ...pending.current };
        setState({ kind: 'error', error });
      })
      .finally(() => {
        inFlight.current = null;
      });
    await inFlight.current;
  }, [attemptId, onRemaining]);

  const change = useCallback(
    (questionId: string, answer: Answer | null) => {
      pending.current = { ...pending.current, [questionId]: answer };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), 400);
    },
    [flush],
  );

  /** The answers not yet saved, handed to submit so nothing is lost. */
  const takePending = useCallback((): AttemptAnswers | undefined => {
    window.clearTimeout(timer.current);
    const batch = pending.current;
    pending.current = {};
    return Object.keys(batch).length ? batch : undefined;
  }, []);

  useEffect(() => {
    const onHide = () => void flush(true);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  return { state, change, flush, takePending };
}
