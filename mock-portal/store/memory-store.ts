import { randomUUID } from 'node:crypto';
import type { Company, Contract, OneTimeUrl, User } from './model.js';

export const DEFAULT_GROUP = 'default';

/** In-memory store: the mock portal keeps no state between runs. */
export class MemoryStore {
  private readonly companies = new Map<string, Company>();
  private readonly users = new Map<string, User>();
  private readonly oneTimeUrls = new Map<string, OneTimeUrl>();

  createCompany(): Company {
    const company: Company = { id: `c-${randomUUID()}`, contracts: new Map(), groups: new Map() };
    this.companies.set(company.id, company);
    return company;
  }

  deleteCompany(id: string): void {
    this.companies.delete(id);
  }

  company(id: string): Company | undefined {
    return this.companies.get(id);
  }

  /** Adds (or replaces) contracts of a company and grants them to one of its groups. */
  grantContracts(company: Company, group: string, contracts: readonly Contract[]): void {
    const granted = company.groups.get(group) ?? new Set<string>();
    for (const contract of contracts) {
      company.contracts.set(contract.number, contract);
      granted.add(contract.number);
    }
    company.groups.set(group, granted);
  }

  /** The contracts a user may 参照・閲覧: those granted to the user's group, in number order. */
  visibleContracts(user: User): Contract[] {
    const company = this.companies.get(user.companyId);
    const granted = company?.groups.get(user.group);
    if (!company || !granted) return [];
    return [...granted]
      .map((n) => company.contracts.get(n))
      .filter((c): c is Contract => c !== undefined)
      .sort((a, b) => a.number.localeCompare(b.number));
  }

  user(email: string): User | undefined {
    return this.users.get(email.trim().toLowerCase());
  }

  /** The users of one company, in e-mail order (for ポータル管理者向け). */
  usersOf(companyId: string): User[] {
    return [...this.users.values()]
      .filter((u) => u.companyId === companyId)
      .sort((a, b) => a.email.localeCompare(b.email));
  }

  addUser(user: User): void {
    this.users.set(user.email.toLowerCase(), user);
  }

  addOneTimeUrl(url: OneTimeUrl): void {
    this.oneTimeUrls.set(url.tokenHash, url);
  }

  oneTimeUrl(tokenHash: string): OneTimeUrl | undefined {
    return this.oneTimeUrls.get(tokenHash);
  }

  /** Voids every still-usable URL of a user: only the newest mail's URL works. */
  voidOneTimeUrls(email: string): void {
    const key = email.toLowerCase();
    for (const url of this.oneTimeUrls.values()) {
      if (url.email.toLowerCase() === key && url.state === 'usable') url.state = 'voided';
    }
  }
}
