import { z } from 'zod';

/** The portal's own settings from the environment (the suite's .env is loaded by whoever starts it). */
const schema = z.object({
  PORTAL_URL: z.url().default('http://127.0.0.1:4300'),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  PORTAL_TEST_API: z.enum(['0', '1']).default('0'),
  /** An accounts file to start with (mock-portal/seed/seed-accounts.ts). */
  PORTAL_SEED: z.string().min(1).optional(),
  /** scrypt cost (N) for the password hashes it makes; unset: the real one (mock-portal/security/secrets.ts). */
  PORTAL_PASSWORD_HASH_COST: z.coerce
    .number()
    .int()
    .min(2)
    .max(2 ** 20)
    .refine((n) => Number.isInteger(Math.log2(n)), 'must be a power of two (scrypt\u2019s N)')
    .optional(),
});

export interface PortalConfig {
  baseUrl: string;
  host: string;
  port: number;
  smtpHost: string;
  smtpPort: number;
  testApi: boolean;
  seedFile: string | undefined;
  passwordHashCost: number | undefined;
}

export function readPortalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`mock portal: bad environment (${problems})`);
  }
  const url = new URL(result.data.PORTAL_URL);
  return {
    baseUrl: url.origin,
    host: url.hostname,
    port: Number(url.port || 80),
    smtpHost: result.data.SMTP_HOST,
    smtpPort: result.data.SMTP_PORT,
    testApi: result.data.PORTAL_TEST_API === '1',
    seedFile: result.data.PORTAL_SEED,
    passwordHashCost: result.data.PORTAL_PASSWORD_HASH_COST,
  };
}
