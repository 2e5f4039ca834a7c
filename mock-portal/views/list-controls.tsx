import type { Child } from 'hono/jsx';
import { policy } from '../policy.js';
import type { Paged } from '../rules/paging.js';

/** The id that ties the 表示件数 select (outside the form, next to 合計) to the list's one GET form. */
export const LIST_FORM_ID = 'list-form';

export const KEYWORD_NOTE = '※全角または半角スペース区切りで複数条件の指定が可能です';

/** 絞り込みキーワード (and any other conditions, e.g. 表示対象のサービス) in one GET form. */
export function KeywordFilterForm(props: { action: string; keyword: string; children?: Child }) {
  return (
    <form id={LIST_FORM_ID} method="get" action={props.action} class="list-toolbar" role="search">
      {props.children}
      <div class="form">
        <label for="keyword">絞り込みキーワード</label>
        <p class="note" id="keyword-note">
          {KEYWORD_NOTE}
        </p>
        <input
          type="search"
          id="keyword"
          name="keyword"
          value={props.keyword}
          placeholder="キーワードを入力してください"
          maxlength={policy.keywordMaxLength}
          aria-describedby="keyword-note"
        />
      </div>
      <button type="submit">絞り込み</button>
    </form>
  );
}

/** 合計 N件 and 表示件数; the select belongs to the list form, so a new size keeps the other conditions. */
export function ListSummary({ paged }: { paged: Paged<unknown> }) {
  return (
    <div class="list-toolbar">
      <p>合計 {paged.total}件</p>
      <div>
        <label for="page-size">表示件数</label>{' '}
        <select id="page-size" name="size" form={LIST_FORM_ID}>
          {policy.pageSizes.map((size) => (
            <option value={String(size)} selected={size === paged.pageSize}>
              {size}件
            </option>
          ))}
        </select>{' '}
        <button type="submit" form={LIST_FORM_ID}>
          表示
        </button>
      </div>
    </div>
  );
}

/** Links to the other pages of the list (only when there is more than one). */
export function Pager({ paged, hrefFor }: { paged: Paged<unknown>; hrefFor: (page: number) => string }) {
  if (paged.pageCount <= 1) return null;
  const pages = Array.from({ length: paged.pageCount }, (_, i) => i + 1);
  return (
    <nav aria-label="ページ送り">
      <ul class="pager">
        {paged.page > 1 && (
          <li>
            <a href={hrefFor(paged.page - 1)} rel="prev">
              前へ
            </a>
          </li>
        )}
        {pages.map((n) => (
          <li>
            <a href={hrefFor(n)} aria-current={n === paged.page ? 'page' : undefined}>
              {n}
            </a>
          </li>
        ))}
        {paged.page < paged.pageCount && (
          <li>
            <a href={hrefFor(paged.page + 1)} rel="next">
              次へ
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The guide's note under both lists; `subject` names the contracts (Smart PBX, ひかりクラウドPBX, …). */
export function PermissionNote({ subject }: { subject: string }) {
  return (
    <p class="note">
      該当のビジネスポータルアカウントが所属するユーザグループで参照・閲覧の権限のある{subject}契約が表示されます。
    </p>
  );
}

/** Why a list is empty: nothing to show at all, or nothing matches the keyword. */
export function EmptyList({ filtered, none, noMatch }: { filtered: boolean; none: string; noMatch: string }) {
  return <p class="empty">{filtered ? noMatch : none}</p>;
}
