import { policy } from '../policy.js';

/** Each broken rule of the public help's password policy has its own message; an empty list means valid. */
export function passwordPolicyViolations(password: string, confirmation: string): string[] {
  const errors: string[] = [];
  const { minLength, maxLength } = policy.password;
  const length = Array.from(password).length; // code points, as a person counts characters
  if (length < minLength || length > maxLength) {
    errors.push(`パスワードは${minLength}文字以上${maxLength}文字以下で入力してください。`);
  }
  if (!/[0-9]/.test(password)) errors.push('パスワードには数字を1文字以上含めてください。');
  if (!/[A-Z]/.test(password)) errors.push('パスワードには英大文字を1文字以上含めてください。');
  if (!/[a-z]/.test(password)) errors.push('パスワードには英小文字を1文字以上含めてください。');
  if (password !== confirmation) errors.push('パスワードとパスワード（確認）が一致しません。');
  return errors;
}
