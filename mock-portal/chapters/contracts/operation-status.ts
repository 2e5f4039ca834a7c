import { policy } from '../../policy.js';
import type { OperationStatus } from '../../store/model.js';

/** 運用状況 as the list shows it: symbol and text (`◎ 正常`); the symbols live in policy.operationStatusSymbols. */
export function operationStatusLabel(status: OperationStatus): string {
  return `${policy.operationStatusSymbols[status]} ${status}`;
}
