/** The tabs over a chosen service's pages (ご契約・運用状況, お申し込みの進捗, …); the current one is aria-current. */
export const SERVICE_TABS = [
  { label: 'ご契約・運用状況', path: '/contracts' },
  { label: 'お申し込みの進捗', path: '/applications' },
  { label: 'お問い合わせの一覧', path: '/inquiries' },
  { label: '工事・故障情報', path: '/maintenance' },
] as const;

export type ServiceTabPath = (typeof SERVICE_TABS)[number]['path'];

export function ServiceTabs({ current, service }: { current: ServiceTabPath; service?: string | undefined }) {
  const query = service === undefined ? '' : `?service=${encodeURIComponent(service)}`;
  return (
    <nav aria-label="サービスのメニュー">
      <ul class="tabs">
        {SERVICE_TABS.map((tab) => (
          <li>
            <a href={`${tab.path}${query}`} aria-current={tab.path === current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
