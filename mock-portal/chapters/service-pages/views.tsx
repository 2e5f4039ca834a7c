import type { ServiceName } from '../../store/model.js';
import { ServiceTabs, type ServiceTabPath } from '../../views/service-tabs.js';

/** A page of the 《メニュー》 that has nothing to list in the mock portal: heading, service, empty state. */
export function EmptyServicePage(props: {
  title: string;
  tab?: ServiceTabPath | undefined;
  service: ServiceName | undefined;
  empty: string;
}) {
  return (
    <section class="panel" aria-labelledby="page-heading">
      <h1 id="page-heading">{props.title}</h1>
      {props.tab !== undefined && <ServiceTabs current={props.tab} service={props.service} />}
      {props.service !== undefined && <p>対象のサービス: {props.service}</p>}
      <p class="empty">{props.empty}</p>
      <p>
        <a href={props.service === undefined ? '/menu' : `/menu?service=${encodeURIComponent(props.service)}`}>
          サービスメニューへ戻る
        </a>
      </p>
    </section>
  );
}
