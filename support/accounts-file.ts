import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { OPERATION_STATUSES, SERVICE_NAMES, type ServiceName } from '../guide/portal-promises.js';

/**
 * The accounts file: the accounts that already exist on a deployment of the portal (a staging portal), and what each
 * should see there. The suite logs in as them on the `deployment` target; the mock portal can start with them
 * (PORTAL_SEED) to rehearse that run; on the `mock` target tests clone them into fresh companies through the
 * test-data API. `accounts.example.json` shows the shape. Passwords and TOTP secrets: keep the real file out of git.
 */

const BASE32 = /^[A-Z2-7]+=*$/;

const contractSchema = z.strictObject({
  /** ご契約番号 (N番). */
  number: z.string().regex(/^N[0-9]{9}$/, 'is not a ご契約番号 (N followed by 9 digits)'),
  /** ごメモ. */
  memo: z.string().max(200).default(''),
  /** グループ番号. */
  groupNumber: z.string().max(40).default(''),
  service: z.enum(SERVICE_NAMES),
  /** 拠点. */
  site: z.string().max(100).default(''),
  /** 運用状況. */
  status: z.enum(OPERATION_STATUSES).default('正常'),
});

const accountSchema = z
  .strictObject({
    /** ユーザID: the mail address the account logs in with (and where MailOTP mails go). */
    userId: z.email('is not a mail address'),
    password: z.string().min(1, 'is empty'),
    secondFactor: z.enum(['MailOTP', 'TOTP']),
    /** The TOTP secret of the authenticator app (Base32, as the 1-③ QR code's otpauth URI carries it). */
    totpSecret: z
      .string()
      .transform((s) => s.replace(/\s+/g, '').toUpperCase())
      .refine((s) => BASE32.test(s) && s.length >= 16, 'is not a base32 TOTP secret (letters A–Z, digits 2–7)')
      .optional(),
    /** 氏名 as the portal shows it in the header. */
    name: z.string().min(1, 'is empty'),
    /** The company the account belongs to (accounts with the same name are in one company). */
    company: z.string().min(1, 'is empty'),
    group: z.string().min(1, 'is empty'),
    role: z.enum(['一般ユーザ', 'ポータル管理者']).default('一般ユーザ'),
    /** The services its group has (「ご契約中のサービスから選ぶ» and 表示対象のサービス list them). */
    services: z.array(z.enum(SERVICE_NAMES)),
    /** Every contract its group may see, over all services. */
    contracts: z.array(contractSchema),
  })
  .superRefine((account, ctx) => {
    if (account.secondFactor === 'TOTP' && account.totpSecret === undefined) {
      ctx.addIssue({ code: 'custom', path: ['totpSecret'], message: 'is missing (a TOTP account needs its secret)' });
    }
    if (account.secondFactor === 'MailOTP' && account.totpSecret !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['totpSecret'], message: 'is given for a MailOTP account' });
    }
    const fromContracts = new Set(account.contracts.map((c) => c.service));
    const listed = new Set(account.services);
    if (fromContracts.size !== listed.size || [...listed].some((s) => !fromContracts.has(s))) {
      ctx.addIssue({
        code: 'custom',
        path: ['services'],
        message: `must be the services of its contracts (${[...fromContracts].join(', ') || 'none'})`,
      });
    }
    const numbers = account.contracts.map((c) => c.number);
    if (new Set(numbers).size !== numbers.length) {
      ctx.addIssue({ code: 'custom', path: ['contracts'], message: 'lists a ご契約番号 twice' });
    }
  });

const fileSchema = z.strictObject({
  $comment: z.string().optional(),
  accounts: z
    .array(accountSchema)
    .min(1, 'is empty')
    .superRefine((accounts, ctx) => {
      const ids = accounts.map((a) => a.userId.toLowerCase());
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'userId'], message: 'appears twice' });
      });
    }),
});

export type ProvisionedContract = z.infer<typeof contractSchema>;
export type ProvisionedAccount = z.infer<typeof accountSchema>;
export type { ServiceName };

/** Reads and checks an accounts file; a missing file or a bad field throws naming the file and the field. */
export function readAccountsFile(path: string): ProvisionedAccount[] {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Accounts file ${file} not found: copy accounts.example.json, describe your portal's accounts in it, and set ` +
        'PORTAL_ACCOUNTS to its path (README: "Run against your staging portal").',
      { cause: error },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Accounts file ${file} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`).join('\n');
    throw new Error(`Accounts file ${file} has bad fields:\n${problems}`);
  }
  return result.data.accounts;
}

/** `accounts[1].contracts[0].number`, the way a person finds the field in the file. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`),
    '',
  );
}
