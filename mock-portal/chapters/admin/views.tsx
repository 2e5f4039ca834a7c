import type { User } from '../../store/model.js';

const STATE_LABELS: Record<User['state'], string> = { invited: '登録待ち', active: '利用中' };

/** ポータル管理者向け: the company's users (read-only in this mock). */
export function UserListView({ users }: { users: readonly User[] }) {
  return (
    <section class="panel">
      <h1>ユーザ管理</h1>
      <p>お客様のビジネスポータルをご利用のユーザの一覧です。</p>
      <p>合計 {users.length}件</p>
      <table>
        <thead>
          <tr>
            <th scope="col">ユーザID</th>
            <th scope="col">氏名</th>
            <th scope="col">権限</th>
            <th scope="col">ユーザグループ</th>
            <th scope="col">2段階認証</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>{u.role}</td>
              <td>{u.group}</td>
              <td>{u.secondFactor}</td>
              <td>{u.locked ? 'ロック中' : STATE_LABELS[u.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
