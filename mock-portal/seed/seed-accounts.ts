import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashPassword } from '../security/secrets.js';
import type { MemoryStore } from '../store/memory-store.js';
import { ROLES, SECOND_FACTORS, type User } from '../store/model.js';
import { contractSchema } from '../test-api/schemas.js';

/**
 * PORTAL_SEED: start the portal with accounts that already exist, read from an accounts file (the suite's
 * accounts.example.json shape), the way a staging portal has them. With the test-data API off, the suite then runs
 * against this portal exactly as against a deployment (`npm run test:deployment`). Only the fields the portal keeps
 * are read; what an account should see (services) follows from its contracts.
 */
const seedSchema = z.object({
  accounts: z
    .array(
      z.object({
        userId: z.email(),
        password: z.string().min(1),
        secondFactor: z.enum(SECOND_FACTORS),
        totpSecret: z
          .string()
          .transform((s) => s.replace(/\s+/g, '').toUpperCase())
          .refine((s) => /^[A-Z2-7]+=*$/.test(s), 'is not base32')
          .optional(),
        name: z.string().min(1),
        company: z.string().min(1),
        group: z.string().min(1),
        role: z.enum(ROLES).default('一般ユーザ'),
        contracts: z.array(contractSchema),
      }),
    )
    .min(1),
});

/** Adds the file's companies, groups, contracts and active users to the store; a bad file throws naming the field. */
export async function seedAccounts(store: MemoryStore, file: string): Promise<number> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`mock portal: PORTAL_SEED ${file} cannot be read as JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const parsed = seedSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`mock portal: PORTAL_SEED ${file} has bad fields (${problems})`);
  }
  const seen = new Set<string>();
  for (const account of parsed.data.accounts) {
    if (account.secondFactor === 'TOTP' && account.totpSecret === undefined) {
      throw new Error(`mock portal: PORTAL_SEED ${file}: ${account.userId} is a TOTP account without totpSecret`);
    }
    if (seen.has(account.userId) || store.user(account.userId)) {
      throw new Error(`mock portal: PORTAL_SEED ${file}: ${account.userId} twice`);
    }
    seen.add(account.userId);
  }
  // At the real scrypt cost (~70 ms a hash), made side by side in the thread pool; the accounts are then added in the
  // file's order.
  const hashed = await Promise.all(
    parsed.data.accounts.map(async (account) => ({ account, passwordHash: await hashPassword(account.password) })),
  );
  const companies = new Map<string, ReturnType<MemoryStore['createCompany']>>();
  for (const { account, passwordHash } of hashed) {
    const company = companies.get(account.company) ?? store.createCompany();
    companies.set(account.company, company);
    store.grantContracts(company, account.group, account.contracts);
    const user: User = {
      email: account.userId,
      name: account.name,
      phone: '',
      role: account.role,
      secondFactor: account.secondFactor,
      state: 'active',
      companyId: company.id,
      group: account.group,
      passwordHash,
      failedLogins: 0,
      locked: false,
      ...(account.totpSecret === undefined ? {} : { totpSecret: account.totpSecret }),
    };
    store.addUser(user);
  }
  return parsed.data.accounts.length;
}
