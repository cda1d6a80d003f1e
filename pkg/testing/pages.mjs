// Cursor pagination as ChartMogul's lists answer it: `per_page` records
// (default and most 200) from where `cursor` says, with the cursor of the
// next page and `has_more`. The cursor is opaque to clients (base64 of an
// offset here).
import { sendJson } from './respond.mjs';

const MAX_PER_PAGE = 200;

/** One page of `records` under `key`, or `{ error }` for a bad per_page or cursor (ChartMogul answers 400). */
export function pageOf(records, query, key) {
  const perPage = query.has('per_page') ? Number(query.get('per_page')) : MAX_PER_PAGE;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    return { error: `per_page must be an integer from 1 to ${MAX_PER_PAGE}` };
  }
  const cursor = query.get('cursor');
  const start = cursor ? Number(Buffer.from(cursor, 'base64').toString()) : 0;
  if (!Number.isInteger(start) || start < 0) return { error: 'cursor is not valid' };
  const end = start + perPage;
  const hasMore = end < records.length;
  return {
    page: {
      [key]: records.slice(start, end),
      cursor: hasMore ? Buffer.from(String(end)).toString('base64') : null,
      has_more: hasMore,
    },
  };
}

/** Sends one page of `records` under `key`, or ChartMogul's 400 for a bad per_page or cursor. */
export function answerPage(res, records, query, key) {
  const { page, error } = pageOf(records, query, key);
  error ? sendJson(res, 400, { code: 400, message: error, param: null }) : sendJson(res, 200, page);
}
