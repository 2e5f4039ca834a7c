import type { Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { filterByKeyword, searchTerms } from '../../rules/keyword-filter.js';
import { paginate } from '../../rules/paging.js';
import { requireLogin } from '../../security/middleware.js';
import { SERVICE_NAMES } from '../../store/model.js';
import { listHref, readListQuery } from '../../views/list-query.js';
import { renderPage } from '../../views/render.js';
import { operationStatusLabel } from './operation-status.js';
import { CONTRACTS_PATH, CONTRACTS_TITLE, ContractsView } from './views.js';

export const UNCONTRACTED_SERVICE_NOTICE = '指定されたサービスのご契約がないため、ご契約中のサービスを表示しています。';

/** Chapter 4 ご契約・運用状況一覧. */
export function registerContractsRoutes(app: Hono<AppEnv>): void {
  app.get(CONTRACTS_PATH, requireLogin, (c) => {
    const query = readListQuery(c);
    const contracts = c.get('deps').store.visibleContracts(c.get('user'));
    // 表示対象のサービス: the group's contracted services, in catalogue order.
    const services = SERVICE_NAMES.filter((s) => contracts.some((k) => k.service === s));
    const asked = c.req.query('service');
    // The service it was reached from; one the group has no contract for falls back to the first contracted one.
    const service = services.find((s) => s === asked) ?? services[0];
    const notice =
      asked !== undefined && asked !== '' && service !== undefined && service !== asked
        ? UNCONTRACTED_SERVICE_NOTICE
        : undefined;

    const ofService = contracts.filter((k) => k.service === service);
    // 4: a term may match any column's text, as shown (運用状況 with its symbol).
    const matched = filterByKeyword(ofService, query.appliedKeyword, (k) => [
      operationStatusLabel(k.status),
      k.number,
      k.groupNumber,
      k.service,
      k.site,
    ]);
    const paged = paginate(matched, query);
    const hrefFor = (page: number) =>
      listHref(CONTRACTS_PATH, { service, keyword: query.appliedKeyword, size: paged.pageSize, page });
    return renderPage(
      c,
      CONTRACTS_TITLE,
      <ContractsView
        services={services}
        service={service}
        notice={notice}
        keyword={query.keyword}
        filtered={searchTerms(query.appliedKeyword).length > 0}
        errors={query.errors}
        paged={paged}
        hrefFor={hrefFor}
      />,
    );
  });
}
