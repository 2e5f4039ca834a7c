import type { Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { requireLogin } from '../../security/middleware.js';
import { renderError, renderPage } from '../../views/render.js';
import { UserListView } from './views.js';

/** ポータル管理者向け (2-④): only ポータル管理者 may open it; others get the 403 page. */
export function registerAdminRoutes(app: Hono<AppEnv>): void {
  app.get('/admin/users', requireLogin, (c) => {
    const user = c.get('user');
    if (user.role !== 'ポータル管理者') {
      return renderError(c, 403, 'アクセス権限がありません', 'このページを表示する権限がありません。');
    }
    return renderPage(c, 'ユーザ管理', <UserListView users={c.get('deps').store.usersOf(user.companyId)} />);
  });
}
