import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { useCountdown } from './useCountdown';

/** A decision just taken: what it was, and for how long (from `since`, ms) it can be undone. */
export interface Outcome {
  text: string;
  undoSeconds: number;
  since: number;
}

/** Clicks on Undo this soon after it appeared are the second tap of the gesture that decided, not a request to undo. */
export const UNDO_ARM_MS = 700;

/**
 * The status line of a decision, in a polite live region that is always present (so the change is announced): it
 * names the person ("Vijay Gupta approved") and offers Undo while the window lasts, then says the decision is final.
 * With no outcome it announces `note` (e.g. "undone"), if any.
 */
export function DecisionOutcome({
  outcome,
  note,
  onUndo,
  undoing,
  statusRef,
}: {
  outcome: Outcome | null;
  note?: string | null;
  onUndo?: () => void;
  undoing: boolean;
  statusRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <div className="decision-outcome">
      {/* With no outcome the note is for screen readers only, so the restored card is exactly as tall as before. */}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={outcome ? 'decision-status' : 'decision-status visually-hidden'}
        ref={statusRef}
        tabIndex={-1}
      >
        {outcome ? outcome.text : (note ?? '')}
      </p>
      {outcome && onUndo ? (
        <UndoOffer key={outcome.since} outcome={outcome} onUndo={onUndo} undoing={undoing} statusRef={statusRef} />
      ) : outcome ? (
        <p className="muted">{t('admin.decision.final')}</p>
      ) : null}
    </div>
  );
}

/** Undo with the seconds left; mounted with each decision so the countdown starts from it. */
function UndoOffer({
  outcome,
  onUndo,
  undoing,
  statusRef,
}: {
  outcome: Outcome;
  onUndo: () => void;
  undoing: boolean;
  statusRef: RefObject<HTMLParagraphElement | null>;
}) {
  const { t } = useTranslation();
  const left = useCountdown(outcome.undoSeconds, outcome.since);
  const over = left <= 0;
  useEffect(() => {
    // When the window closes under a focused Undo button, keep the focus on the card's status rather than lose it.
    if (over && document.activeElement === document.body) statusRef.current?.focus();
  }, [over, statusRef]);
  const undo = () => {
    if (Date.now() - outcome.since < UNDO_ARM_MS) return;
    onUndo();
  };
  if (over) return <p className="muted">{t('admin.decision.final')}</p>;
  return (
    <div className="decision-undo">
      <Button variant="secondary" busy={undoing} onClick={undo}>
        {t('admin.decision.undo')}
      </Button>
      <span className="muted">{t('admin.decision.undoFor', { count: left })}</span>
    </div>
  );
}
