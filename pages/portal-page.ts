import { expect, type Locator, type Page } from '@playwright/test';
import type { LoginTopPage } from './login-top-page.js';

/** A screen's class, as `follow` needs it: constructed from the page alone. */
export type Screen<T extends PortalPage> = new (page: Page) => T;

/**
 * What every screen has: a page, a way to tell it is the current screen, and its messages.
 *
 * Import rule of pages/: a module imports the screens its links lead forward to; a link back (to the menu, the login
 * top, a list) loads its screen's module only when followed (`await import(…)`), so no two modules import each
 * other and every module loads on its own (tests/unit/page-modules.test.ts).
 */
export abstract class PortalPage {
  constructor(readonly page: Page) {}

  /** The screen's main heading (its h1), named as in docs/portal.md. */
  protected abstract readonly heading: Locator;

  /** Asserts this is the current screen; returns it for chaining. */
  async expectCurrent(): Promise<this> {
    await expect(this.heading).toBeVisible();
    return this;
  }

  /** Error messages (role=alert) the screen shows. */
  get errors(): Locator {
    return this.page.getByRole('alert');
  }

  /** One-time notices (role=status), e.g. why the user was logged out. */
  get notice(): Locator {
    return this.page.getByRole('status');
  }

  protected h1(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Clicks ログアウト (`button`, in the header every page after login shares) and returns 2-① once it shows. */
  protected async logOutWith(button: Locator): Promise<LoginTopPage> {
    const { LoginTopPage } = await import('./login-top-page.js');
    return this.follow(button, LoginTopPage);
  }

  /** Clicks a link or button and returns the screen it leads to, once that screen shows. */
  protected async follow<T extends PortalPage>(control: Locator, screen: Screen<T>): Promise<T> {
    await control.click();
    return new screen(this.page).expectCurrent();
  }
}
