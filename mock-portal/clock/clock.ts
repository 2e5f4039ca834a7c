/**
 * Time per company: a test that moves its company's clock never disturbs another test running beside it.
 * Everything that expires reads `now(companyId)`.
 */
export class CompanyClock {
  private readonly offsetsMs = new Map<string, number>();

  constructor(private readonly realNow: () => number = Date.now) {}

  now(companyId?: string): Date {
    const offset = companyId === undefined ? 0 : (this.offsetsMs.get(companyId) ?? 0);
    return new Date(this.realNow() + offset);
  }

  advance(companyId: string, seconds: number): Date {
    this.offsetsMs.set(companyId, (this.offsetsMs.get(companyId) ?? 0) + seconds * 1000);
    return this.now(companyId);
  }
}

/** `YYYY/MM/DD HH:MM:SS` in JST, as the 開通案内メール prints 有効期限. */
export function formatJst(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 60 * 60 * 1000).toISOString();
  return `${jst.slice(0, 10).replaceAll('-', '/')} ${jst.slice(11, 19)}`;
}
