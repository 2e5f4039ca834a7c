/**
 * The one list of accessibility exceptions: axe rules (WCAG 2.1 A and AA) that a screen may break, each with the
 * reason the guide's design forces it. support/accessibility.ts fails a scan on any violation not listed here.
 * Empty: every screen of the guide scans clean.
 */
export interface A11yException {
  /** The axe rule id, e.g. 'color-contrast'. */
  rule: string;
  /** The screens (as the scan names them) it applies to. */
  screens: readonly string[];
  reason: string;
}

export const A11Y_EXCEPTIONS: readonly A11yException[] = [];
