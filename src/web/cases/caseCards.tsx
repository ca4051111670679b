// A case of a list as a card, for phones: the same facts as the columns of caseColumns, in lines.
import { Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseSummary } from '../../contracts/cases';
import { LevelTag } from '../clock/periodDisplay';
import type { useI18n } from '../i18n/i18n';
import { CardLine } from '../lists/CardList';
import { NodeWithStage } from './NodeTag';

type I18n = ReturnType<typeof useI18n>;

export function caseCard({ t }: I18n, c: CaseSummary) {
  return {
    title: <Link to={`/cases/${c.id}`}>{c.title}</Link>,
    body: (
      <>
        <CardLine label={t('case.number')}>{c.caseNumber ?? <Typography.Text type="secondary">{t('case.numberPending')}</Typography.Text>}</CardLine>
        <CardLine label={t('case.node')}>
          <NodeWithStage summary={c} />
        </CardLine>
        <CardLine label={t('case.court')}>{c.courtName}</CardLine>
        {c.trialLimitDueOn && (
          <CardLine label={t('case.trialLimitDueOn')}>
            <span data-testid="trial-limit-due" data-level={c.alertLevel}>
              {c.trialLimitDueOn} {c.alertLevel !== 'none' && <LevelTag level={c.alertLevel} />}
            </span>
          </CardLine>
        )}
        {c.judgeName && <CardLine label={t('case.judge')}>{c.judgeName}</CardLine>}
        <CardLine label={t('case.receivedOn')}>{c.receivedOn}</CardLine>
      </>
    ),
  };
}
