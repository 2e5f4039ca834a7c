import { expect, type Locator, type Page } from '@playwright/test';

/** What every screen has: a page, a way to tell it is the current screen, and its messages. */
export abstract class PortalPage {
  constructor(readonly page: Page) {}

  /** The screen's main heading (its h1), named as in portal.md. */
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
}
