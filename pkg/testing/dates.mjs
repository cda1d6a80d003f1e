// Dates as ChartMogul reads them: `2022-03-30`, `2022-03-30 10:00:00` or ISO
// 8601, UTC unless a zone is given.

/** The Date `text` names, or null when it names none. */
export function dateOf(text) {
  if (typeof text !== 'string') return null;
  let iso = text.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
