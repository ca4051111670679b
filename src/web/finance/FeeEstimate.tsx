// The filing wizard's live estimate of the case acceptance fee as the party types the amount (FEE arts 13, 16); an
// administrative case pays per case whatever the amount (FEE art 13(5)).
import { Alert } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useFeeEstimate } from './feeCalc';
import { YUAN_PATTERN } from '../filing/filingForm';


export function FeeEstimate({ amount, caseType }: { amount: string | undefined; caseType?: string | undefined }) {
  const { t } = useI18n();
  const a = amount?.trim();
  const isAdministrative = caseType === '行初';
  const valid = isAdministrative || (!!a && YUAN_PATTERN.test(a) && Number(a) > 0);
  const base = isAdministrative ? { kind: 'administrative' } : { kind: 'property', amount: a };
  const full = useFeeEstimate(valid ? base : null);
  const simple = useFeeEstimate(valid ? { ...base, reduction: 'simple' } : null);
  if (!valid || !full.result) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16, maxWidth: 640 }}
      data-testid="fee-estimate"
      title={t('feeEstimate.text', { full: full.result.total, simple: simple.result?.total ?? '…' })}
    />
  );
}
