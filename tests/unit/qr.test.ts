import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { parseOtpauthUri } from '../../support/otpauth-uri.js';
import { decodeQrPng } from '../../support/qr.js';
import { totpUri } from '../../mock-portal/rules/totp.js';

const URI =
  'otpauth://totp/NTT%20Com%20Business%20Portal:user%2Bw0%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=NTT%20Com%20Business%20Portal';

test.describe('QR and otpauth helpers', () => {
  test('decodeQrPng reads back what qrcode encoded', async () => {
    const png = await QRCode.toBuffer(URI, { type: 'png', errorCorrectionLevel: 'M', margin: 4 });
    expect(decodeQrPng(png)).toBe(URI);
  });

  test('decodeQrPng fails clearly on a picture without a QR code', () => {
    const blank = new PNG({ width: 40, height: 30 });
    blank.data.fill(255);
    expect(() => decodeQrPng(PNG.sync.write(blank))).toThrow('No QR code found in the 40×30 PNG');
  });

  test('parseOtpauthUri percent-decodes label and parameters and applies the Key URI defaults', () => {
    expect(parseOtpauthUri(URI)).toEqual({
      type: 'totp',
      labelIssuer: 'NTT Com Business Portal',
      account: 'user+w0@example.test',
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'NTT Com Business Portal',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
    expect(parseOtpauthUri(`${URI}&algorithm=SHA256&digits=8&period=60`)).toMatchObject({
      algorithm: 'SHA256',
      digits: 8,
      period: 60,
    });
    expect(() => parseOtpauthUri('https://example.test/')).toThrow(/Not an otpauth URI/);
    expect(() => parseOtpauthUri('otpauth://totp/x?issuer=y')).toThrow(/without a secret/);
  });

  test("the portal's URI states SHA1, 6 digits and 30 s explicitly", () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'user+w0@example.test');
    expect(uri).toMatch(/[?&]algorithm=SHA1(&|$)/);
    expect(uri).toMatch(/[?&]digits=6(&|$)/);
    expect(uri).toMatch(/[?&]period=30(&|$)/);
    expect(parseOtpauthUri(uri)).toMatchObject({ account: 'user+w0@example.test', issuer: 'NTT Com Business Portal' });
  });
});
