import type { Locator, Page } from '@playwright/test';

/** メールアドレス, 氏名 and 連絡先電話番号 as a person types them (本人確認 of 1-① and 2-R). */
export interface Identity {
  email: string;
  name: string;
  phone: string;
}

/** The 本人確認 fields the portal shows on 1-① and on 2-R パスワード再設定 (one form, two buttons). */
export class IdentityFields {
  readonly email: Locator;
  readonly name: Locator;
  readonly phone: Locator;

  constructor(page: Page) {
    this.email = page.getByLabel('メールアドレス');
    this.name = page.getByLabel('氏名');
    this.phone = page.getByLabel('連絡先電話番号');
  }

  async fill(identity: Identity): Promise<void> {
    await this.email.fill(identity.email);
    await this.name.fill(identity.name);
    await this.phone.fill(identity.phone);
  }
}
