// The actions bar: one button per event the server allows this user now, plus editing a filing under correction.
import { EditOutlined } from '@ant-design/icons';
import { Button, Divider, Space } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import type { AllowedEvent } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { EditFilingModal } from './EditFilingModal';
import { EventModal } from './EventModal';

interface EventActionsProps {
  detail: CaseDetail;
  onChanged(updated: CaseDetail): void;
  onReload(): void;
}

const DANGEROUS = new Set(['reject', 'withdrawFiling']);
// Events about one evidence item or application: offered beside it in the 证据 tab (web/evidence), not here.
const IN_EVIDENCE_TAB = new Set(['exchangeEvidence', 'decideLateEvidence', 'recordEvidenceFinding', 'applyEvidenceExtension', 'decideEvidenceExtension']);

export function EventActions({ detail, onChanged, onReload }: EventActionsProps) {
  const { t, pick } = useI18n();
  const [event, setEvent] = useState<AllowedEvent | null>(null);
  const [editing, setEditing] = useState(false);
  const canEditFiling = detail.node === 'correctionRequested' && detail.filedByMe;
  const events = detail.allowedEvents.filter((e) => !IN_EVIDENCE_TAB.has(e.name));
  if (events.length === 0 && !canEditFiling) return null;

  return (
    <>
      <Divider style={{ margin: '12px 0' }} />
      <Space wrap data-testid="case-actions">
        {canEditFiling && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-filing">
            {t('filing.edit')}
          </Button>
        )}
        {events.map((e, i) => (
          <Button key={e.name} type={i === 0 && !DANGEROUS.has(e.name) ? 'primary' : 'default'} danger={DANGEROUS.has(e.name)} onClick={() => setEvent(e)} data-testid={`event-${e.name}`}>
            {pick(e.label)}
          </Button>
        ))}
      </Space>
      <EventModal
        detail={detail}
        event={event}
        onClose={() => setEvent(null)}
        onReload={onReload}
        onDone={(updated) => {
          setEvent(null);
          onChanged(updated);
        }}
      />
      <EditFilingModal
        detail={detail}
        open={editing}
        onClose={() => setEditing(false)}
        onDone={(updated) => {
          setEditing(false);
          onChanged(updated);
        }}
      />
    </>
  );
}
