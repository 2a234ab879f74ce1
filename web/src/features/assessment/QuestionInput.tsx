import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AttemptQuestion } from '../../api/types';
import { useFormat } from '../../i18n/format';

interface Props {
  question: AttemptQuestion;
  number: number;
  answer: Answer | undefined;
  onChange: (answer: Answer | null) => void;
  disabled?: boolean;
}

const has = <K extends string>(a: Answer | undefined, key: K): a is Extract<Answer, Record<K, unknown>> => !!a && key in a;

/** One question with the control its type needs; every change is reported at once (for autosave). */
export function QuestionInput({ question, number, answer, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const prompt = f.local(question.prompt) ?? '';
  const legend = (
    <legend>
      <span className="q-number">{t('attempt.questionN', { n: number })}</span> {prompt}{' '}
      <span className="small muted">({t('attempt.points', { count: question.points })})</span>
    </legend>
  );
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const multiple = question.type === 'multiple_choice';
      const chosen = multiple ? (has(answer, 'optionIds') ? answer.optionIds : []) : has(answer, 'optionId') ? [answer.optionId] : [];
      return (
        <fieldset className="question" disabled={disabled}>
          {legend}
          {multiple ? <p className="hint">{t('attempt.chooseAll')}</p> : null}
          {(question.options ?? []).map((o) => (
            <div className="check" key={o.id}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={`${id}-${o.id}`}
                name={id}
                checked={chosen.includes(o.id)}
                onChange={(e) => {
                  if (!multiple) return onChange({ optionId: o.id });
                  const next = e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id);
                  onChange(next.length ? { optionIds: next } : null);
                }}
              />
              <label htmlFor={`${id}-${o.id}`}>{f.local(o.text)}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    case 'true_false': {
      const value = has(answer, 'value') ? answer.value : undefined;
      return (
        <fieldset className="question" disabled={disabled}>
          {legend}
          {[true, false].map((v) => (
            <div className="check" key={String(v)}>
              <input type="radio" id={`${id}-${v}`} name={id} checked={value === v} onChange={() => onChange({ value: v })} />
              <label htmlFor={`${id}-${v}`}>{v ? t('attempt.true') : t('attempt.false')}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    case 'fill_text':
    case 'fill_numeric': {
      const numeric = question.type === 'fill_numeric';
      const value = numeric ? (has(answer, 'number') ? String(answer.number) : '') : has(answer, 'text') ? answer.text : '';
      return (
        <fieldset className="question" disabled={disabled}>
          {legend}
          <label htmlFor={`${id}-fill`}>{t('attempt.yourAnswer')}</label>
          <input
            id={`${id}-fill`}
            type={numeric ? 'number' : 'text'}
            inputMode={numeric ? 'decimal' : undefined}
            step="any"
            maxLength={numeric ? undefined : 200}
            defaultValue={value}
            onChange={(e) => {
              const raw = e.target.value.trim();
              if (!raw) return onChange(null);
              if (!numeric) return onChange({ text: e.target.value });
              const n = Number(raw);
              if (Number.isFinite(n)) onChange({ number: n });
            }}
          />
        </fieldset>
      );
    }
    case 'match': {
      const pairs = has(answer, 'pairs') ? answer.pairs : {};
      return (
        <fieldset className="question" disabled={disabled}>
          {legend}
          {(question.left ?? []).map((l) => (
            <div className="field" key={l.id}>
              <label htmlFor={`${id}-${l.id}`}>{f.local(l.text)}</label>
              <select
                id={`${id}-${l.id}`}
                value={pairs[l.id] ?? ''}
                onChange={(e) => {
                  const next = { ...pairs };
                  if (e.target.value) next[l.id] = e.target.value;
                  else delete next[l.id];
                  onChange(Object.keys(next).length ? { pairs: next } : null);
                }}
              >
                <option value="">{t('common.choose')}</option>
                {(question.right ?? []).map((r) => (
                  <option key={r.id} value={r.id}>{f.local(r.text)}</option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    }
    default:
      return (
        <fieldset className="question">
          {legend}
          <p className="muted">{t('attempt.unsupported')}</p>
        </fieldset>
      );
  }
}
