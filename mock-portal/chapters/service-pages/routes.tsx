import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { requireLogin } from '../../security/middleware.js';
import type { ServiceName } from '../../store/model.js';
import { renderPage } from '../../views/render.js';
import type { ServiceTabPath } from '../../views/service-tabs.js';
import { webSettingsHref } from '../menu/catalogue.js';
import { EmptyServicePage } from './views.js';

/** The 《メニュー》 pages besides 4 and 3-②: real pages with a heading and an empty state. */
const LIST_PAGES: readonly { path: ServiceTabPath; title: string; empty: string }[] = [
  { path: '/applications', title: 'お申し込みの進捗', empty: '現在、進行中のお申し込みはありません。' },
  { path: '/inquiries', title: 'お問い合わせの一覧', empty: '現在、お問い合わせはありません。' },
  { path: '/maintenance', title: '工事・故障情報', empty: '現在、お知らせする工事・故障情報はありません。' },
];

export const WEB_SETTINGS_EMPTY = 'このサービスには、ビジネスポータルから設定を変更できる項目はありません。';

export function registerServicePageRoutes(app: Hono<AppEnv>): void {
  for (const page of LIST_PAGES) {
    app.get(page.path, requireLogin, (c) =>
      renderPage(
        c,
        page.title,
        <EmptyServicePage title={page.title} tab={page.path} service={contractedService(c)} empty={page.empty} />,
      ),
    );
  }

  // Web設定変更サイト for services other than Smart PBX (whose list is 3-②).
  app.get('/web-settings', requireLogin, (c) => {
    const service = contractedService(c);
    if (service === 'Arcstar Smart PBX') return c.redirect(webSettingsHref(service), 303);
    return renderPage(
      c,
      'Web設定変更サイト',
      <EmptyServicePage title="Web設定変更サイト" service={service} empty={WEB_SETTINGS_EMPTY} />,
    );
  });
}

/** The `service` of the URL when the user's group has a contract for it; anything else shows no service. */
function contractedService(c: Context<AppEnv>): ServiceName | undefined {
  const asked = c.req.query('service');
  return c
    .get('deps')
    .store.visibleContracts(c.get('user'))
    .find((k) => k.service === asked)?.service;
}
