import type { Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { requireLogin } from '../../security/middleware.js';
import { renderPage } from '../../views/render.js';
import { ServiceMenuView } from './views.js';

/** 2-④ サービスメニュー (and 3-① when a service is chosen). */
export function registerMenuRoutes(app: Hono<AppEnv>): void {
  app.get('/menu', requireLogin, (c) => {
    const user = c.get('user');
    const contracts = c.get('deps').store.visibleContracts(user);
    const asked = c.req.query('service');
    // Only a service the user's group has contracts for can be chosen; anything else shows the plain menu.
    const chosen = contracts.find((contract) => contract.service === asked)?.service;
    return renderPage(c, 'サービスメニュー', <ServiceMenuView user={user} contracts={contracts} chosen={chosen} />);
  });
}
