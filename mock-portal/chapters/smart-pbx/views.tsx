import type { Paged } from '../../rules/paging.js';
import type { Contract } from '../../store/model.js';
import { Alerts } from '../../views/layout.js';
import { EmptyList, KeywordFilterForm, ListSummary, Pager, PermissionNote } from '../../views/list-controls.js';
import { SETTINGS_LIST_PATH, WEB_SETTINGS_ENTRIES, settingsTopPath, type WebSettingsEntry } from './paths.js';

export const SETTINGS_LIST_TITLE = 'Arcstar Smart PBX 設定変更一覧';
export const WEB_SETTINGS_TITLE = 'Web設定変更サイト';

/** 3-② Arcstar Smart PBX 設定変更一覧: the group's Smart PBX contracts, filtered and paged. */
export function SettingsListView(props: {
  keyword: string;
  filtered: boolean;
  errors: readonly string[];
  paged: Paged<Contract>;
  hrefFor: (page: number) => string;
}) {
  const { paged } = props;
  return (
    <section class="panel" aria-labelledby="list-heading">
      <h1 id="list-heading">{SETTINGS_LIST_TITLE}</h1>
      <p>
        Arcstar Smart
        PBXの設定変更を行いたい場合は、該当の契約番号の「設定を変更する」ボタンをクリックして「Web設定変更サイト」へお進みください。
      </p>
      <Alerts messages={props.errors} />
      <KeywordFilterForm action={SETTINGS_LIST_PATH} keyword={props.keyword} />
      <ListSummary paged={paged} />
      {paged.items.length === 0 ? (
        <EmptyList
          filtered={props.filtered}
          none="表示できるArcstar Smart PBXのご契約はありません。"
          noMatch="絞り込みキーワードに該当するご契約はありません。"
        />
      ) : (
        <table aria-labelledby="list-heading">
          <thead>
            <tr>
              <th scope="col">ご契約番号</th>
              <th scope="col">ごメモ</th>
              <th scope="col">設定変更・契約変更</th>
            </tr>
          </thead>
          <tbody>
            {paged.items.map((contract) => (
              <tr>
                <td>{contract.number}</td>
                <td>{contract.memo}</td>
                <td>
                  {/* A GET form: the button only navigates, so it needs no CSRF token and works without JS. */}
                  <form method="get" action={settingsTopPath(contract.number)}>
                    <button type="submit">設定を変更する</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paged={paged} hrefFor={props.hrefFor} />
      <PermissionNote subject="Smart PBX" />
    </section>
  );
}

/** 3-③ Web設定変更サイト トップ for one N番. */
export function WebSettingsTopView({ contract }: { contract: Contract }) {
  return (
    <section class="panel" aria-labelledby="top-heading">
      <h1 id="top-heading">{WEB_SETTINGS_TITLE}</h1>
      <p>Arcstar Smart PBX</p>
      <ContractFacts contract={contract} />
      <h2>設定メニュー</h2>
      <ul class="cards">
        {WEB_SETTINGS_ENTRIES.map((entry) => (
          <li class="card">
            <a href={`${settingsTopPath(contract.number)}/${entry.slug}`}>{entry.label}</a>
            <p>{entry.description}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href={SETTINGS_LIST_PATH}>{SETTINGS_LIST_TITLE}へ戻る</a>
      </p>
    </section>
  );
}

/** 外線・内線の紐づけ設定 / 着信グループ設定: placeholders, as the guide stops at the top screen. */
export function WebSettingsEntryView({ contract, entry }: { contract: Contract; entry: WebSettingsEntry }) {
  return (
    <section class="panel" aria-labelledby="entry-heading">
      <h1 id="entry-heading">{entry.label}</h1>
      <ContractFacts contract={contract} />
      <p class="empty">この設定画面は準備中です。</p>
      <p>
        <a href={settingsTopPath(contract.number)}>{WEB_SETTINGS_TITLE}のトップへ戻る</a>
      </p>
    </section>
  );
}

/** ご契約番号 and ごメモ, each value named by its term so tests can read it by label. */
function ContractFacts({ contract }: { contract: Contract }) {
  return (
    <dl class="facts">
      <dt id="fact-number">ご契約番号</dt>
      <dd aria-labelledby="fact-number">{contract.number}</dd>
      <dt id="fact-memo">ごメモ</dt>
      <dd aria-labelledby="fact-memo">{contract.memo}</dd>
    </dl>
  );
}
