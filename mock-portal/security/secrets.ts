import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { policy } from '../policy.js';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number },
) => Promise<Buffer>;

/** scrypt's cost (N) for password hashes: Node's default, what the portal always uses. */
export const SCRYPT_COST = 16_384;

/** An unguessable URL-safe token (policy.tokenBytes of randomness). */
export function newToken(): string {
  return randomBytes(policy.tokenBytes).toString('base64url');
}

/** Tokens and codes are stored only as hashes. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Slow salted hash: `scrypt$<salt>$<hash>`. Only an in-process test portal (PortalDeps.passwordHashCost) asks for
 * another cost, which the hash then records: `scrypt$N=<cost>$<salt>$<hash>`.
 */
export async function hashPassword(password: string, cost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 64, { N: cost });
  const params = cost === SCRYPT_COST ? '' : `N=${cost}$`;
  return `scrypt$${params}${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const cost = parts.length === 4 ? Number(/^N=(\d+)$/.exec(parts[1] ?? '')?.[1]) : SCRYPT_COST;
  const [scheme, salt, hash] = parts.length === 4 ? [parts[0], parts[2], parts[3]] : parts;
  if (scheme !== 'scrypt' || !salt || !hash || !Number.isSafeInteger(cost)) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { N: cost });
  return timingSafeEqual(actual, expected);
}

/** A 6-digit code, uniformly random. */
export function newNumericCode(digits = 6): string {
  return (randomBytes(4).readUInt32BE() % 10 ** digits).toString().padStart(digits, '0');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
