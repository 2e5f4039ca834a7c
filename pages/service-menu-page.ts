import type { Locator } from '@playwright/test';
import type { LoginTopPage } from './login-top-page.js';
import { PortalPage } from './portal-page.js';
import { ServicePanel } from './service-panel.js';
import { SmartPbxPanel } from './smart-pbx-panel.js';
import { UserAdminPage } from './user-admin-page.js';

/** 2-④ サービスメニュー (the top after login), with the header every page after login shares. */
export class ServiceMenuPage extends PortalPage {
  protected readonly heading = this.h1('サービスメニュー');
  readonly header: Locator = this.page.getByRole('banner');
  readonly portalHomeLink: Locator = this.header.getByRole('link', { name: 'ビジネスポータル' });
  readonly logoutButton: Locator = this.header.getByRole('button', { name: 'ログアウト' });
  readonly contractedServices: Locator = this.page.getByRole('region', { name: 'ご契約中のサービスから選ぶ' });
  readonly recentOperations: Locator = this.page.getByRole('region', { name: '最近の操作・ピン留め' });
  readonly adminSection: Locator = this.page.getByRole('region', { name: 'ポータル管理者向け' });

  async open(): Promise<this> {
    await this.page.goto('/menu');
    return this.expectCurrent();
  }

  /** A category of 「ご契約中のサービスから選ぶ」 (データセンター, 音声・ビデオ・電話, …). */
  category(name: string): Locator {
    return this.contractedServices.getByRole('region', { name, exact: true });
  }

  serviceLink(service: string): Locator {
    return this.contractedServices.getByRole('link', { name: service, exact: true });
  }

  async chooseService(service: string): Promise<this> {
    await this.serviceLink(service).click();
    return this.expectCurrent();
  }

  /** 3-①: chooses Arcstar Smart PBX and returns its panel (共通, オプション設定, 《メニュー》). */
  async chooseSmartPbx(): Promise<SmartPbxPanel> {
    await this.chooseService('Arcstar Smart PBX');
    return new SmartPbxPanel(this.page).expectCurrent();
  }

  /** Chooses any contracted service and returns its panel with the 《メニュー》. */
  async openServicePanel(service: string): Promise<ServicePanel> {
    await this.chooseService(service);
    return new ServicePanel(this.page, service).expectCurrent();
  }

  /** ポータル管理者向け › ユーザ管理 (the section exists for ポータル管理者 only). */
  async openUserAdmin(): Promise<UserAdminPage> {
    return this.follow(this.adminSection.getByRole('link', { name: 'ユーザ管理' }), UserAdminPage);
  }

  async logout(): Promise<LoginTopPage> {
    return this.logOutWith(this.logoutButton);
  }
}
