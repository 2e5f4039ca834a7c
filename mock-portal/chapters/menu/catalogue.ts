import { SERVICE_CATALOGUE, type Contract, type ServiceName } from '../../store/model.js';

/** The catalogue's categories, narrowed to the services the user's group has contracts for. */
export function contractedCategories(contracts: readonly Contract[]) {
  const contracted = new Set<ServiceName>(contracts.map((c) => c.service));
  return SERVICE_CATALOGUE.map((category) => ({
    category: category.category,
    services: category.services.filter((s) => contracted.has(s)),
  })).filter((category) => category.services.length > 0);
}

/** The guide's 《メニュー》 for a chosen service, and where each item leads. */
export function serviceMenu(service: ServiceName) {
  const q = `service=${encodeURIComponent(service)}`;
  return [
    { label: 'ご契約・運用状況の一覧', href: `/contracts?${q}` },
    { label: 'お申し込みの進捗', href: `/applications?${q}` },
    { label: 'お問い合わせの一覧', href: `/inquiries?${q}` },
    { label: '工事・故障情報', href: `/maintenance?${q}` },
    { label: 'Web設定変更サイト', href: webSettingsHref(service) },
  ];
}

/** Only Arcstar Smart PBX has a Web設定変更サイト in the guide; other services get its generic page. */
export function webSettingsHref(service: ServiceName): string {
  return service === 'Arcstar Smart PBX'
    ? '/smart-pbx/settings'
    : `/web-settings?service=${encodeURIComponent(service)}`;
}
