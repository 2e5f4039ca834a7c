import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { filterByKeyword, searchTerms } from '../../rules/keyword-filter.js';
import { paginate } from '../../rules/paging.js';
import { requireLogin } from '../../security/middleware.js';
import type { Contract } from '../../store/model.js';
import { listHref, readListQuery } from '../../views/list-query.js';
import { renderError, renderPage } from '../../views/render.js';
import { SETTINGS_LIST_PATH, WEB_SETTINGS_ENTRIES } from './paths.js';
import {
  SETTINGS_LIST_TITLE,
  SettingsListView,
  WEB_SETTINGS_TITLE,
  WebSettingsEntryView,
  WebSettingsTopView,
} from './views.js';

const SMART_PBX = 'Arcstar Smart PBX';
const CONTRACT_NUMBER = /^N[0-9]{9}$/;

/** Chapter 3 Web設定変更サイトまでの遷移: 3-② 設定変更一覧 → 3-③ Web設定変更サイト トップ (and its entry points). */
export function registerSmartPbxRoutes(app: Hono<AppEnv>): void {
  app.get(SETTINGS_LIST_PATH, requireLogin, (c) => {
    const query = readListQuery(c);
    const contracts = c
      .get('deps')
      .store.visibleContracts(c.get('user'))
      .filter((contract) => contract.service === SMART_PBX);
    // 3-②: a term may match the ご契約番号 or the ごメモ.
    const matched = filterByKeyword(contracts, query.appliedKeyword, (k) => [k.number, k.memo]);
    const paged = paginate(matched, query);
    const hrefFor = (page: number) =>
      listHref(SETTINGS_LIST_PATH, { keyword: query.appliedKeyword, size: paged.pageSize, page });
    return renderPage(
      c,
      SETTINGS_LIST_TITLE,
      <SettingsListView
        keyword={query.keyword}
        filtered={searchTerms(query.appliedKeyword).length > 0}
        errors={query.errors}
        paged={paged}
        hrefFor={hrefFor}
      />,
    );
  });

  app.get(`${SETTINGS_LIST_PATH}/:number`, requireLogin, (c) => {
    const contract = permittedSmartPbxContract(c);
    if (!contract) return refuse(c);
    return renderPage(c, WEB_SETTINGS_TITLE, <WebSettingsTopView contract={contract} />);
  });

  app.get(`${SETTINGS_LIST_PATH}/:number/:entry`, requireLogin, (c) => {
    // Permission first: an unknown entry of someone else's contract must not tell that the contract exists.
    const contract = permittedSmartPbxContract(c);
    if (!contract) return refuse(c);
    const entry = WEB_SETTINGS_ENTRIES.find((e) => e.slug === c.req.param('entry'));
    if (!entry) return renderError(c, 404, 'ページが見つかりません', 'お探しのページは見つかりませんでした。');
    return renderPage(c, entry.label, <WebSettingsEntryView contract={contract} entry={entry} />);
  });
}

/** The URL's contract, only when it is a Smart PBX contract the user's group may 参照・閲覧 (checked server-side). */
function permittedSmartPbxContract(c: Context<AppEnv>): Contract | undefined {
  const number = c.req.param('number') ?? '';
  if (!CONTRACT_NUMBER.test(number)) return undefined;
  return c
    .get('deps')
    .store.visibleContracts(c.get('user'))
    .find((contract) => contract.number === number && contract.service === SMART_PBX);
}

/** Unknown, malformed and other groups' numbers get the same page, so the answer tells nothing about them. */
function refuse(c: Context<AppEnv>) {
  return renderError(c, 403, 'アクセス権限がありません', 'このご契約を参照・閲覧する権限がありません。');
}
