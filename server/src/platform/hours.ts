/**
 * The one rounding rule for learning hours shown anywhere (dashboards, exports, boards, e-mails, a learner's pages):
 * minutes to hours with one decimal, half up, in integer arithmetic so 1,510 minutes is 25.2 h on every surface.
 */
export function learningHours(minutes: number | string | bigint): number {
  const m = Number(minutes);
  if (!Number.isFinite(m)) return 0;
  return Math.round(m / 6) / 10;
}

/** Learning hours as text with exactly one decimal in Indian digit grouping (12,34,567.8), for e-mails and files. */
export function formatLearningHours(minutes: number | string | bigint, language: 'en' | 'hi'): string {
  return new Intl.NumberFormat(language === 'hi' ? 'hi-IN' : 'en-IN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(learningHours(minutes));
}
