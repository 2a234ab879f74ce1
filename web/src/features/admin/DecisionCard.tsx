import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { DecisionOutcome, type Outcome } from '../../components/DecisionOutcome';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ReasonForm } from '../../components/ReasonForm';

export type DecisionKind = 'approved' | 'rejected';
/** What the server said of a decision: how many seconds it may be undone (none: it is final at once). */
export interface DecisionDone {
  undoSeconds?: number;
}

/**
 * A request card with approve / reject-with-reason buttons (omit onApprove and onReject for read-only cards).
 * A decision is taken once per gesture (a second tap does nothing), the card keeps its height so the list does not
 * move, and it turns into a status line naming the person with Undo while the server allows it.
 */
export function DecisionCard({
  title,
  children,
  approveLabel,
  outcomeText,
  undoneText,
  onApprove,
  onReject,
  onUndo,
  onStart,
}: {
  title: string;
  children: ReactNode;
  approveLabel: string;
  /** The status line once decided, naming the person: "Vijay Gupta approved". */
  outcomeText: (kind: DecisionKind) => string;
  /** Said once a decision is undone. */
  undoneText?: string;
  onApprove?: () => Promise<DecisionDone>;
  onReject?: (reason: string) => Promise<DecisionDone>;
  onUndo?: () => Promise<unknown>;
  /** Called as a decision starts, e.g. to keep the card in its list when the list is refetched. */
  onStart?: () => void;
}) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The decision, not its words: the status line follows a change of language at once.
  const [decided, setDecided] = useState<(Omit<Outcome, 'text'> & { kind: DecisionKind }) | null>(null);
  const [undone, setUndone] = useState(false);
  const [height, setHeight] = useState<number | undefined>(undefined);
  // Guards in code, not only through the disabled state: a second tap can arrive before React re-renders.
  const deciding = useRef(false);
  const undoingRef = useRef(false);
  const cardRef = useRef<HTMLLIElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const decide = (kind: DecisionKind, run: () => Promise<DecisionDone>) => {
    if (deciding.current) return;
    deciding.current = true;
    setHeight(cardRef.current?.offsetHeight);
    onStart?.();
    setError(null);
    setUndone(false);
    setBusy(true);
    run().then(
      (done) => {
        setBusy(false);
        setRejecting(false);
        setDecided({ kind, undoSeconds: onUndo ? (done.undoSeconds ?? 0) : 0, since: Date.now() });
        statusRef.current?.focus();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
        setHeight(undefined);
        deciding.current = false;
      },
    );
  };

  const undo = () => {
    if (!onUndo || undoingRef.current) return;
    undoingRef.current = true;
    setUndoing(true);
    setError(null);
    onUndo().then(
      () => {
        setDecided(null);
        setHeight(undefined);
        setUndone(true);
        deciding.current = false;
        undoingRef.current = false;
        setUndoing(false);
        // The buttons are back: keyboard users continue from the first of them.
        requestAnimationFrame(() => cardRef.current?.querySelector<HTMLButtonElement>('.actions button')?.focus());
      },
      (err: unknown) => {
        // Most likely the window passed: the decision stands.
        setError(err);
        setDecided((d) => (d ? { ...d, undoSeconds: 0 } : d));
        undoingRef.current = false;
        setUndoing(false);
      },
    );
  };

  const canDecide = onApprove !== undefined || onReject !== undefined;
  const outcome = decided ? { text: outcomeText(decided.kind), undoSeconds: decided.undoSeconds, since: decided.since } : null;
  return (
    <li className="card decision-card" ref={cardRef} style={outcome ? { minHeight: height } : undefined} data-decision={decided?.kind ?? 'pending'}>
      <h2 className="h3">{title}</h2>
      <DecisionOutcome outcome={outcome} note={undone ? undoneText : null} onUndo={onUndo ? undo : undefined} undoing={undoing} statusRef={statusRef} />
      <ErrorMessage error={error} />
      {outcome ? null : (
        <>
          {children}
          {!canDecide ? null : rejecting && onReject ? (
            <ReasonForm busy={busy} onCancel={() => setRejecting(false)} onSubmit={(reason) => decide('rejected', () => onReject(reason))} />
          ) : (
            <div className="actions">
              {onApprove ? (
                <Button busy={busy} onClick={() => decide('approved', onApprove)}>
                  {approveLabel}
                </Button>
              ) : null}
              {onReject ? (
                <Button variant="secondary" disabled={busy} onClick={() => setRejecting(true)}>
                  {t('admin.reject')}
                </Button>
              ) : null}
            </div>
          )}
        </>
      )}
    </li>
  );
}
