import { generate, generateSecret, generateURI } from 'otplib';
import { policy } from '../policy.js';

const { algorithm, periodSeconds, digits, acceptedDriftSteps } = policy.totp;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI the QR code of 1-③ carries (SHA-1, 6 digits, 30 s; account = user ID). */
export function totpUri(secret: string, account: string): string {
  const uri = generateURI({
    issuer: policy.totpIssuer,
    label: account,
    secret,
    algorithm,
    digits,
    period: periodSeconds,
  });
  // otplib leaves out values equal to the Key URI defaults; state them, so what the QR code says is explicit.
  const stated = new URLSearchParams(uri.slice(uri.indexOf('?') + 1));
  const wanted = { algorithm: algorithm.toUpperCase(), digits: String(digits), period: String(periodSeconds) };
  const explicit = Object.entries(wanted)
    .filter(([name]) => !stated.has(name))
    .map(([name, value]) => `${name}=${value}`);
  return [uri, ...explicit].join('&');
}

export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / periodSeconds);
}

/**
 * The time step a code belongs to, if it is the code of the current step or one step either side
 * and later than `notBeforeStep` (a step already used is refused: no replay). Undefined otherwise.
 */
export async function matchTotpStep(
  secret: string,
  code: string,
  at: Date,
  notBeforeStep = Number.NEGATIVE_INFINITY,
): Promise<number | undefined> {
  if (!/^[0-9]{6}$/.test(code)) return undefined;
  const current = totpStep(at);
  for (let step = current - acceptedDriftSteps; step <= current + acceptedDriftSteps; step++) {
    if (step <= notBeforeStep) continue;
    const expected = await generate({
      secret,
      epoch: step * periodSeconds,
      period: periodSeconds,
      digits,
      algorithm,
    });
    if (expected === code) return step;
  }
  return undefined;
}
