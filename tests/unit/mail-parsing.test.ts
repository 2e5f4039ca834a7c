import { expect, test } from '@playwright/test';
import { expiryFrom, otpCodeFrom, registrationUrlFrom } from '../../support/mail-parsing.js';
import { otpMail, registrationMail } from '../../mock-portal/mail/templates.js';

const expires = new Date('2018-02-23T01:48:36Z'); // 10:48:36 JST, the guide's example

test.describe('mail helpers', () => {
  test('registrationUrlFrom reads [A] from the line after its label', () => {
    const mail = registrationMail(
      'a@example.test',
      'https://portal.example/register/abc_DEF-123',
      expires,
      'https://b/',
    );
    expect(registrationUrlFrom(mail.text)).toBe('https://portal.example/register/abc_DEF-123');
  });

  test('registrationUrlFrom ignores the other URLs of the mail and fails clearly without [A]', () => {
    const text = 'ビジネスポータルログイン画面\nhttps://b-portal.ntt.com/\nビジネスポータルパスワード登録URL\n\n';
    expect(() => registrationUrlFrom(text)).toThrow('No URL on the line after 「ビジネスポータルパスワード登録URL」');
    expect(() => registrationUrlFrom('no label here')).toThrow(/No URL/);
  });

  test('expiryFrom reads 有効期限 as JST', () => {
    const mail = registrationMail('a@example.test', 'https://x/', expires, 'https://b/');
    expect(mail.text).toContain('有効期限: 2018/02/23 10:48:36');
    expect(expiryFrom(mail.text).toISOString()).toBe(expires.toISOString());
    expect(() => expiryFrom('有効期限: soon')).toThrow(/有効期限/);
  });

  test('otpCodeFrom reads exactly six digits after the label', () => {
    expect(otpCodeFrom(otpMail('a@example.test', '012345', expires).text)).toBe('012345');
    expect(otpCodeFrom('ワンタイムパスワード：987654\n')).toBe('987654');
    expect(() => otpCodeFrom('ワンタイムパスワード: 1234567')).toThrow(/6-digit/);
    expect(() => otpCodeFrom('code 123456')).toThrow(/6-digit/);
  });
});
