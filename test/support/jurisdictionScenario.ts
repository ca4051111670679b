// Steps of the jurisdiction tests: a case assigned at 南关, and 张三's loan complaint as a clerk records it at the counter.
import type { ApiClient } from './apiClient';
import { causeId, demoUser } from './fixtures';
export { assignedCase } from './scenarios';

/** 张三's loan complaint against 李四 for `court`, as a filing clerk records it at the counter (no "self", no client). */
export async function loanComplaintFor(clerk: ApiClient, court: number): Promise<Record<string, unknown>> {
  return {
    caseType: '民初',
    courtId: court,
    causeId: await causeId(clerk, '民间借贷纠纷'),
    claims: ['判令被告偿还借款本金人民币80000元'],
    amount: '80000',
    facts: '被告向原告借款8万元，到期未还。',
    parties: [
      { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001' },
      { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
    ],
    jurisdiction: { plaintiffDomiciles: ['220102'], defendantDomiciles: ['220104'] },
    // The clerk has seen 张三's identity document at the counter.
    identityChecked: true,
  };
}
