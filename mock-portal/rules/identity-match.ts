import type { User } from '../store/model.js';

export interface IdentityInput {
  email: string;
  name: string;
  phone: string;
}

/** Names compare after trimming and unifying full-width (U+3000) and half-width spaces. */
export function normalizeName(name: string): string {
  return name.replace(/[\s\u3000]+/gu, ' ').trim();
}

/** 本人確認: all three must match the registered user (e-mail case-insensitively). */
export function identityMatches(user: User, input: IdentityInput): boolean {
  return (
    user.email.toLowerCase() === input.email.trim().toLowerCase() &&
    normalizeName(user.name) === normalizeName(input.name) &&
    user.phone === input.phone.trim()
  );
}

/** Form-level problems, reported before any comparison (they do not count as mismatches). */
export function identityInputErrors(input: IdentityInput): string[] {
  const errors: string[] = [];
  if (!input.email.trim()) errors.push('メールアドレスを入力してください。');
  if (!normalizeName(input.name)) errors.push('氏名を入力してください。');
  if (!input.phone.trim()) errors.push('連絡先電話番号を入力してください。');
  else if (!/^[0-9]+$/.test(input.phone.trim()))
    errors.push('連絡先電話番号はハイフンなしの半角数字で入力してください。');
  return errors;
}
