import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { issueOneTimeUrl } from '../chapters/registration/one-time-url.js';
import type { AppEnv } from '../deps.js';
import { newTotpSecret } from '../rules/totp.js';
import { hashPassword } from '../security/secrets.js';
import { DEFAULT_GROUP } from '../store/memory-store.js';
import type { User } from '../store/model.js';
import { advanceClockSchema, createUserSchema } from './schemas.js';

/** Test-data API (mock portal only): JSON in and out, zod-validated, 400 with the issues on bad input. */
export function testApiRoutes(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use('*', bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: 'body too large' }, 413) }));

  api.post('/users', async (c) => {
    const parsed = await parseJson(c, createUserSchema);
    if (!parsed.ok) return parsed.response;
    const body = parsed.data;
    const { store } = c.get('deps');
    const deps = c.get('deps');

    if (store.user(body.email)) return c.json({ error: `user ${body.email} already exists` }, 409);
    const existing = body.company === undefined ? undefined : store.company(body.company);
    if (body.company !== undefined && !existing) return c.json({ error: `unknown company ${body.company}` }, 404);
    const taken =
      existing &&
      body.contracts.find((k) => {
        const held = existing.contracts.get(k.number);
        return held && JSON.stringify(held) !== JSON.stringify(k);
      });
    if (taken) return c.json({ error: `company already holds a different contract ${taken.number}` }, 409);

    const company = existing ?? store.createCompany();
    const group = body.group ?? DEFAULT_GROUP;
    const user: User = {
      email: body.email,
      name: body.name,
      phone: body.phone,
      role: body.role,
      secondFactor: body.secondFactor,
      state: body.state,
      companyId: company.id,
      group,
      failedLogins: 0,
      locked: false,
    };
    let registrationUrl: string | undefined;
    if (body.state === 'active') {
      user.passwordHash = await hashPassword(body.password ?? '', deps.passwordHashCost);
      if (user.secondFactor === 'TOTP') user.totpSecret = newTotpSecret();
    } else {
      try {
        registrationUrl = await issueOneTimeUrl(deps, user, 'registration');
      } catch (error) {
        if (!existing) store.deleteCompany(company.id);
        return c.json({ error: `registration mail could not be sent: ${(error as Error).message}` }, 502);
      }
    }
    store.grantContracts(company, group, body.contracts);
    store.addUser(user);
    return c.json({ email: user.email, company: company.id, group, registrationUrl, totpSecret: user.totpSecret }, 201);
  });

  api.get('/clock', (c) => {
    const { clock, store } = c.get('deps');
    const company = c.req.query('company');
    if (company !== undefined && !store.company(company)) return c.json({ error: `unknown company ${company}` }, 404);
    return c.json({ now: clock.now(company).toISOString() });
  });

  api.post('/clock', async (c) => {
    const parsed = await parseJson(c, advanceClockSchema);
    if (!parsed.ok) return parsed.response;
    const { clock, store } = c.get('deps');
    if (!store.company(parsed.data.company)) return c.json({ error: `unknown company ${parsed.data.company}` }, 404);
    return c.json({ now: clock.advance(parsed.data.company, parsed.data.advanceSeconds).toISOString() });
  });

  api.all('*', (c) => c.json({ error: 'not found' }, 404));
  return api;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

async function parseJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<Parsed<z.infer<S>>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: c.json({ error: 'body must be JSON' }, 400) };
  }
  const result = schema.safeParse(raw);
  if (!result.success)
    return { ok: false, response: c.json({ error: 'invalid body', issues: result.error.issues }, 400) };
  return { ok: true, data: result.data };
}
