/** The portal's data model: companies own contracts and user groups; a user belongs to one group. */

export const SERVICE_CATALOGUE = [
  { category: 'データセンター', services: ['Nexcenter'] },
  {
    category: '音声・ビデオ・電話',
    services: ['Arcstar IP Voice', 'Arcstar Smart PBX', 'Arcstar Contact Center', 'Arcstar Contact Center 2.0'],
  },
  { category: 'アプリケーション', services: ['Enterprise DaaS (S)'] },
  { category: 'ITマネジメント', services: ['お客さま体感品質モニタリング・スマート'] },
  { category: 'セキュリティ', services: ['WideAngle Managed Security'] },
  { category: 'ネットワーク', services: ['Arcstar Universal One'] },
] as const;

export type ServiceName = (typeof SERVICE_CATALOGUE)[number]['services'][number];
export const SERVICE_NAMES = SERVICE_CATALOGUE.flatMap((c) => c.services) as [ServiceName, ...ServiceName[]];

export const OPERATION_STATUSES = ['正常', '工事中', '故障', '休止'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const ROLES = ['一般ユーザ', 'ポータル管理者'] as const;
export type Role = (typeof ROLES)[number];

export const SECOND_FACTORS = ['MailOTP', 'TOTP'] as const;
export type SecondFactor = (typeof SECOND_FACTORS)[number];

export interface Contract {
  number: string; // N + 9 digits, unique within a company
  memo: string;
  service: ServiceName;
  groupNumber: string;
  site: string;
  status: OperationStatus;
}

export interface Company {
  id: string;
  contracts: Map<string, Contract>;
  /** group name → contract numbers the group may 参照・閲覧 */
  groups: Map<string, Set<string>>;
}

export interface User {
  email: string; // as registered; lookups use the lower-cased form
  name: string;
  phone: string;
  role: Role;
  secondFactor: SecondFactor;
  state: 'invited' | 'active';
  companyId: string;
  group: string;
  passwordHash?: string;
  totpSecret?: string;
  /** TOTP time step last accepted, so a code cannot be replayed. */
  lastTotpStep?: number;
  failedLogins: number;
  locked: boolean;
}

/** A one-time URL [A] of the 開通案内メール or the 再設定メール. Only the token's hash is kept. */
export interface OneTimeUrl {
  tokenHash: string;
  email: string;
  purpose: 'registration' | 'reset';
  expiresAt: Date;
  state: 'usable' | 'used' | 'voided';
  mismatches: number;
}
