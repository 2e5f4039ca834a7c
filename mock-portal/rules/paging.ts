import { policy } from '../policy.js';

/** One page of a list, and what the pager needs to draw its links. */
export interface Paged<T> {
  items: T[];
  total: number;
  /** 1-based, always within 1..pageCount. */
  page: number;
  pageCount: number;
  pageSize: number;
  /** 1-based position of the first item shown (0 when the list is empty). */
  from: number;
  /** 1-based position of the last item shown (0 when the list is empty). */
  to: number;
}

export interface PagingOptions {
  sizes?: readonly number[];
  defaultSize?: number;
}

const WHOLE_NUMBER = /^[0-9]+$/;

/** 表示件数 from the query: one of the offered sizes, anything else (absent, text, 15, -1) is the default. */
export function parsePageSize(raw: string | undefined, options: PagingOptions = {}): number {
  const sizes = options.sizes ?? policy.pageSizes;
  const fallback = options.defaultSize ?? policy.defaultPageSize;
  if (raw === undefined || !WHOLE_NUMBER.test(raw.trim())) return fallback;
  const size = Number(raw.trim());
  return sizes.includes(size) ? size : fallback;
}

/**
 * The requested page of the rows. Bad input never fails: a page that is not a whole number is page 1, and any
 * page number is clamped into 1..pageCount (an empty list still has one, empty, page).
 */
export function paginate<T>(
  rows: readonly T[],
  request: { page?: string | undefined; size?: string | undefined },
  options: PagingOptions = {},
): Paged<T> {
  const pageSize = parsePageSize(request.size, options);
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const raw = request.page?.trim();
  const asked = raw !== undefined && WHOLE_NUMBER.test(raw) ? Number(raw) : 1;
  const page = Math.min(Math.max(asked, 1), pageCount);
  const start = (page - 1) * pageSize;
  const items = rows.slice(start, start + pageSize);
  return {
    items,
    total,
    page,
    pageCount,
    pageSize,
    from: items.length === 0 ? 0 : start + 1,
    to: start + items.length,
  };
}
