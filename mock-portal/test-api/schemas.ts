import { z } from 'zod';
import { passwordPolicyViolations } from '../rules/password-policy.js';
import { OPERATION_STATUSES, ROLES, SECOND_FACTORS, SERVICE_NAMES } from '../store/model.js';

export const contractSchema = z.strictObject({
  number: z.string().regex(/^N[0-9]{9}$/, 'ご契約番号 is N followed by 9 digits'),
  memo: z.string().max(200).default(''),
  service: z.enum(SERVICE_NAMES),
  groupNumber: z.string().max(40).default(''),
  site: z.string().max(100).default(''),
  status: z.enum(OPERATION_STATUSES).default('正常'),
});

export const createUserSchema = z
  .strictObject({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(100),
    phone: z.string().regex(/^[0-9]{10,11}$/, 'phone is 10 or 11 digits, no hyphens'),
    secondFactor: z.enum(SECOND_FACTORS),
    role: z.enum(ROLES).default('一般ユーザ'),
    contracts: z.array(contractSchema).max(500).default([]),
    company: z.string().min(1).max(100).optional(),
    group: z.string().trim().min(1).max(100).optional(),
    state: z.enum(['invited', 'active']).default('invited'),
    password: z.string().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.state === 'active' && body.password === undefined) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'state "active" needs a password' });
    }
    if (body.password !== undefined) {
      for (const message of passwordPolicyViolations(body.password, body.password)) {
        ctx.addIssue({ code: 'custom', path: ['password'], message });
      }
    }
    const numbers = body.contracts.map((c) => c.number);
    if (new Set(numbers).size !== numbers.length) {
      ctx.addIssue({ code: 'custom', path: ['contracts'], message: 'ご契約番号 must be unique within the request' });
    }
  });

export const advanceClockSchema = z.strictObject({
  company: z.string().min(1),
  advanceSeconds: z
    .number()
    .min(0)
    .max(10 * 365 * 24 * 60 * 60),
});
