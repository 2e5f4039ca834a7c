import type { Context } from 'hono';
import type { AppEnv } from '../deps.js';
import { policy } from '../policy.js';

/** What a list page (3-②, 4) reads from its GET form; the form works without JavaScript, so a filter has a URL. */
export interface ListQuery {
  /** The keyword as typed, echoed back into the input (escaped by the view). */
  keyword: string;
  /** The keyword actually applied: '' when the typed one was refused. */
  appliedKeyword: string;
  size: string | undefined;
  page: string | undefined;
  errors: string[];
}

export const KEYWORD_TOO_LONG_MESSAGE = `絞り込みキーワードは${policy.keywordMaxLength}文字以内で入力してください。`;

export function readListQuery(c: Context<AppEnv>): ListQuery {
  const keyword = c.req.query('keyword') ?? '';
  // UTF-16 units, as the input's maxlength counts them.
  const tooLong = keyword.length > policy.keywordMaxLength;
  return {
    keyword,
    appliedKeyword: tooLong ? '' : keyword,
    size: c.req.query('size'),
    page: c.req.query('page'),
    errors: tooLong ? [KEYWORD_TOO_LONG_MESSAGE] : [],
  };
}

/** A list URL with its conditions; empty values are left out so URLs stay short. */
export function listHref(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}
