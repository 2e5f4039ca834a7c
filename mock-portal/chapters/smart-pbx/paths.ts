/** Where chapter 3's screens live; the menu's webSettingsHref('Arcstar Smart PBX') points at the list. */
export const SETTINGS_LIST_PATH = '/smart-pbx/settings';

export function settingsTopPath(contractNumber: string): string {
  return `${SETTINGS_LIST_PATH}/${encodeURIComponent(contractNumber)}`;
}

/** The entry points of the Web設定変更サイト that the guide names (each a placeholder page here). */
export const WEB_SETTINGS_ENTRIES = [
  { slug: 'extension-links', label: '外線・内線の紐づけ設定', description: '外線番号と内線番号の紐づけを設定します。' },
  { slug: 'incoming-groups', label: '着信グループ設定', description: '着信グループとそのメンバーを設定します。' },
] as const;

export type WebSettingsEntry = (typeof WEB_SETTINGS_ENTRIES)[number];
