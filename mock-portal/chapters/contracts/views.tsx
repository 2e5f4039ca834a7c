import type { Paged } from '../../rules/paging.js';
import type { Contract, ServiceName } from '../../store/model.js';
import { Alerts, Notice } from '../../views/layout.js';
import { EmptyList, KeywordFilterForm, ListSummary, Pager, PermissionNote } from '../../views/list-controls.js';
import { ServiceTabs } from '../../views/service-tabs.js';
import { operationStatusLabel } from './operation-status.js';

export const CONTRACTS_TITLE = 'ご契約・運用状況一覧';
export const CONTRACTS_PATH = '/contracts';

/** The guide calls Smart PBX contracts ひかりクラウドPBX契約 here; other services are named as in the catalogue. */
function contractsSubject(service: ServiceName): string {
  return service === 'Arcstar Smart PBX' ? 'ひかりクラウドPBX' : service;
}

/** 4 ご契約・運用状況一覧: the group's contracts of one service, filtered and paged. */
export function ContractsView(props: {
  services: readonly ServiceName[];
  service: ServiceName | undefined;
  notice: string | undefined;
  keyword: string;
  filtered: boolean;
  errors: readonly string[];
  paged: Paged<Contract>;
  hrefFor: (page: number) => string;
}) {
  const { paged, service } = props;
  return (
    <section class="panel" aria-labelledby="contracts-heading">
      <h1 id="contracts-heading">{CONTRACTS_TITLE}</h1>
      <ServiceTabs current={CONTRACTS_PATH} service={service} />
      <Notice message={props.notice} />
      <Alerts messages={props.errors} />
      {service === undefined ? (
        <p class="empty">ご契約中のサービスはありません。</p>
      ) : (
        <>
          <KeywordFilterForm action={CONTRACTS_PATH} keyword={props.keyword}>
            <div class="form">
              <label for="service">表示対象のサービス</label>
              <select id="service" name="service">
                {props.services.map((s) => (
                  <option value={s} selected={s === service}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          </KeywordFilterForm>
          <ListSummary paged={paged} />
          {paged.items.length === 0 ? (
            <EmptyList
              filtered={props.filtered}
              none="表示できるご契約はありません。"
              noMatch="絞り込みキーワードに該当するご契約はありません。"
            />
          ) : (
            <table aria-labelledby="contracts-heading">
              <thead>
                <tr>
                  <th scope="col">運用状況</th>
                  <th scope="col">ご契約番号</th>
                  <th scope="col">グループ番号</th>
                  <th scope="col">サービス名</th>
                  <th scope="col">拠点</th>
                </tr>
              </thead>
              <tbody>
                {paged.items.map((contract) => (
                  <tr>
                    <td>{operationStatusLabel(contract.status)}</td>
                    <td>{contract.number}</td>
                    <td>{contract.groupNumber}</td>
                    <td>{contract.service}</td>
                    <td>{contract.site}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager paged={paged} hrefFor={props.hrefFor} />
          <PermissionNote subject={contractsSubject(service)} />
        </>
      )}
    </section>
  );
}
