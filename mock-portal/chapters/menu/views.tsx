import type { Contract, ServiceName, User } from '../../store/model.js';
import { contractedCategories, serviceMenu, webSettingsHref } from './catalogue.js';

export function ServiceMenuView({
  user,
  contracts,
  chosen,
}: {
  user: User;
  contracts: readonly Contract[];
  chosen?: ServiceName | undefined;
}) {
  const categories = contractedCategories(contracts);
  return (
    <div class="menu-layout">
      <nav class="menu-side" aria-label="サービスメニュー">
        <section aria-labelledby="contracted-heading">
          <h2 id="contracted-heading">ご契約中のサービスから選ぶ</h2>
          {categories.length === 0 ? (
            <p class="empty">ご契約中のサービスはありません。</p>
          ) : (
            categories.map(({ category, services }) => (
              <section class="category" aria-label={category}>
                <h3>{category}</h3>
                <ul>
                  {services.map((service) => (
                    <li>
                      <a
                        href={`/menu?service=${encodeURIComponent(service)}`}
                        aria-current={service === chosen ? 'true' : undefined}
                      >
                        {service}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">最近の操作・ピン留め</h2>
          <p class="empty">最近の操作・ピン留めはありません。</p>
        </section>
        {user.role === 'ポータル管理者' && (
          <section aria-labelledby="admin-heading">
            <h2 id="admin-heading">ポータル管理者向け</h2>
            <ul>
              <li>
                <a href="/admin/users">ユーザ管理</a>
              </li>
            </ul>
          </section>
        )}
      </nav>
      <div class="menu-main">
        <h1>サービスメニュー</h1>
        {chosen === undefined ? (
          <p>ご契約中のサービスから、ご利用になるサービスを選んでください。</p>
        ) : (
          <ChosenService service={chosen} />
        )}
      </div>
    </div>
  );
}

function ChosenService({ service }: { service: ServiceName }) {
  return (
    <section class="service-panel" aria-labelledby="service-heading">
      <h2 id="service-heading">{service}</h2>
      {service === 'Arcstar Smart PBX' && <SmartPbxPanel />}
      <h3>メニュー</h3>
      <ul class="service-menu">
        {serviceMenu(service).map((item) => (
          <li>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 3-① the Arcstar Smart PBX panel: 共通 and オプション設定, as the guide's screenshot shows. */
function SmartPbxPanel() {
  const q = `service=${encodeURIComponent('Arcstar Smart PBX')}`;
  return (
    <div class="card-groups">
      <section class="card-group" aria-labelledby="common-heading">
        <h3 id="common-heading">共通</h3>
        <ul class="cards">
          <li class="card">
            <a href={`/contracts?${q}`}>ご契約・運用状況</a>
            <p>契約情報、お客様のご連絡先、料金情報など</p>
          </li>
          <li class="card">
            <a href={`/applications?${q}`}>お申し込みの進捗</a>
            <p>提供予定日、進捗状況、開通案内</p>
          </li>
          <li class="card">
            <a href={`/inquiries?${q}`}>故障・お問い合わせの状況</a>
          </li>
        </ul>
      </section>
      <section class="card-group" aria-labelledby="option-heading">
        <h3 id="option-heading">オプション設定</h3>
        <ul class="cards">
          <li class="card">
            <a href={webSettingsHref('Arcstar Smart PBX')}>Web設定変更サイト</a>
            <p>外線・内線の紐づけ設定、着信グループ設定</p>
          </li>
        </ul>
      </section>
    </div>
  );
}
