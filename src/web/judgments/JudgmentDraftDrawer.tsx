// The one-click judgment draft: the 判决书 composed from the case, paragraph by paragraph, each with the sources it
// was drawn from (an element, an evidence finding, a provision…), for the judge to check (issue 21 item 4).
import { Alert, Drawer, Empty, Spin, Tag, Tooltip, Typography } from 'antd';
import type { JudgmentDraft } from '../../contracts/judgments';
import { elementOf } from '../../domain/elements/elementSchema';
import { schemaByKey } from '../../domain/elements/registry';
import { useApiGet } from '../api/useApiGet';
import { useElementText, type ElementMessage } from '../elements/elementMessages';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';

type Source = JudgmentDraft['paragraphs'][number]['sources'][number];
const CENTRED = new Set(['header']);

function SourceTag({ s, schemaKey }: { s: Source; schemaKey: string | null }) {
  const { pick } = useI18n();
  const te = useElementText();
  const schema = schemaKey ? schemaByKey(schemaKey) : undefined;
  const elementLabel = (key: string) => (schema ? pick(elementOf(schema, key)?.label ?? { 'zh-CN': key, en: key }) : key);
  const detail = s.kind === 'element' || s.kind === 'answer' ? elementLabel(s.element) : s.kind === 'provision' ? s.cite : s.kind === 'evidence' ? `#${s.itemId}` : s.kind === 'case' ? s.field : '';
  return (
    <Tooltip title={detail || undefined}>
      <Tag color={s.kind === 'element' || s.kind === 'answer' ? 'blue' : s.kind === 'evidence' ? 'green' : s.kind === 'provision' ? 'purple' : 'default'} style={{ fontSize: 11 }}>
        {te(`judgment.source.${s.kind}` as ElementMessage)}
        {s.kind === 'element' || s.kind === 'answer' ? `：${detail}` : ''}
      </Tag>
    </Tooltip>
  );
}

export function JudgmentDraftDrawer({ caseId, onClose }: { caseId: number; onClose(): void }) {
  const te = useElementText();
  const narrow = useNarrowScreen();
  const draft = useApiGet<JudgmentDraft>(`/cases/${caseId}/judgment-draft`, { quiet: true });
  const d = draft.data;
  return (
    <Drawer open onClose={onClose} title={te('judgment.draftTitle')} size={narrow ? '100%' : 760} data-testid="judgment-draft">
      {draft.error ? (
        <Empty description={draft.error.message} />
      ) : !d ? (
        <Spin />
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={te('judgment.draftHint')} />
          {d.paragraphs.map((p, i) => (
            <div key={i} data-section={p.section} style={{ marginBottom: 8, textAlign: CENTRED.has(p.section) ? 'center' : undefined }}>
              <Typography.Paragraph style={{ marginBottom: 2, fontWeight: CENTRED.has(p.section) ? 600 : undefined, whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Paragraph>
              {p.sources.length > 0 && (
                <div>
                  {p.sources.map((s, j) => (
                    <SourceTag key={j} s={s} schemaKey={d.schema} />
                  ))}
                </div>
              )}
            </div>
          ))}
        </>
      )}
    </Drawer>
  );
}
