// The case page's 要素 tab: each element the complaint states, every answering party's position, whether it is in
// dispute, and the hearing outline built from the disputed ones.
import { Alert, Button, Card, Empty, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { STAFF_ROLES } from '../../domain/roles/roles';
import { useSession } from '../auth/session';
import { JudgmentDraftDrawer } from '../judgments/JudgmentDraftDrawer';
import type { CaseElements } from '../../contracts/elements';
import { elementOf } from '../../domain/elements/elementSchema';
import { formatElementValue } from '../../domain/elements/elementText';
import { schemaByKey } from '../../domain/elements/registry';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useElementText, type ElementMessage } from './elementMessages';

type Dispute = CaseElements['disputes'][number];
const STATUS_COLOUR = { undisputed: 'green', disputed: 'red', unanswered: 'default' } as const;

export function StatusTag({ status }: { status: Dispute['status'] }) {
  const te = useElementText();
  return <Tag color={STATUS_COLOUR[status]}>{te(`elements.${status}` as ElementMessage)}</Tag>;
}

function Positions({ d, elements }: { d: Dispute; elements: CaseElements }) {
  const { lang } = useI18n();
  const te = useElementText();
  if (!d.positions.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const def = elementOf(schemaByKey(elements.schema.key)!, d.element);
  return (
    <>
      {d.positions.map((p) => (
        <div key={p.partyId}>
          {p.partyName}：<Tag>{te(`elements.${p.stance}` as ElementMessage)}</Tag>
          {p.value !== null && def ? <span>{formatElementValue(def, p.value, lang)} </span> : null}
          {p.note && <Typography.Text type="secondary">{p.note}</Typography.Text>}
        </div>
      ))}
    </>
  );
}

export function ElementsTab({ elements, caseId }: { elements: CaseElements; caseId: number }) {
  const { pick } = useI18n();
  const { hasRole } = useSession();
  const [drafting, setDrafting] = useState(false);
  const te = useElementText();
  const narrow = useNarrowScreen();
  const count = (s: Dispute['status']) => elements.disputes.filter((d) => d.status === s).length;
  const sectionLabel = new Map(elements.schema.sections.map((s) => [s.key, pick(s.label)]));
  const finding = new Map(elements.findings.map((f) => [f.element, f]));
  return (
    <div data-testid="elements-tab">
      {hasRole(...STAFF_ROLES) && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setDrafting(true)} data-testid="judgment-draft-open">
          {te('judgment.draft')}
        </Button>
      )}
      {drafting && <JudgmentDraftDrawer caseId={caseId} onClose={() => setDrafting(false)} />}
      <Alert
        type={count('disputed') ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`${pick(elements.schema.label)} · ${te('elements.counts', { undisputed: count('undisputed'), disputed: count('disputed'), unanswered: count('unanswered') })}`}
        description={
          <>
            {elements.answers.map((a) => (
              <div key={a.partyId}>{te('elements.answeredAt', { name: a.partyName, at: formatInstant(a.answeredAt) })}</div>
            ))}
            {elements.toAnswer.length > 0 && <div>{te('elements.waiting', { names: elements.toAnswer.map((p) => (p.dueOn ? te('elements.waitingDue', { name: p.partyName, dueOn: p.dueOn }) : p.partyName)).join('、') })}</div>}
          </>
        }
      />
      <Table<Dispute>
        size="small"
        rowKey="element"
        pagination={false}
        dataSource={elements.disputes}
        scroll={narrow ? { x: 680 } : undefined}
        data-testid="element-disputes"
        columns={[
          { key: 'element', title: te('elements.element'), render: (_, d) => <><div>{pick(d.label)}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{sectionLabel.get(d.section)}</Typography.Text></> },
          { key: 'claimed', title: te('elements.claimed'), render: (_, d) => pick(d.claimedText) },
          { key: 'positions', title: te('elements.answerParty'), render: (_, d) => <Positions d={d} elements={elements} /> },
          { key: 'status', title: te('elements.status'), render: (_, d) => <StatusTag status={d.status} /> },
          {
            key: 'finding',
            title: te('elements.finding'),
            render: (_, d) => {
              const f = finding.get(d.element);
              if (!f) return <Typography.Text type="secondary">—</Typography.Text>;
              return f.established ? (
                <>
                  <Tag color="blue">{te('elements.established')}</Tag>
                  {pick(f.valueText ?? d.claimedText)}
                  {f.note && <div><Typography.Text type="secondary">{f.note}</Typography.Text></div>}
                </>
              ) : (
                <>
                  <Tag color="red">{te('elements.notEstablished')}</Tag>
                  {f.note && <Typography.Text type="secondary">{f.note}</Typography.Text>}
                </>
              );
            },
          },
        ]}
      />
      <Card size="small" title={`${te('elements.factsFound')} · ${te('elements.pendingCount', { n: elements.pending.length })}`} style={{ marginTop: 16 }} data-testid="facts-found">
        <ol style={{ paddingInlineStart: 20, marginBottom: 0 }}>
          {elements.facts.map((f) => (
            <li key={f.element}>
              {`${pick(f.label)}：${pick(f.text)}`} <Tag>{te(f.source === 'found' ? 'elements.sourceFound' : 'elements.sourceUndisputed')}</Tag>
            </li>
          ))}
        </ol>
      </Card>
      <Card size="small" title={te('elements.outline')} style={{ marginTop: 16 }} data-testid="hearing-outline">
        <Typography.Title level={5} style={{ marginTop: 0 }}>{te('elements.undisputedFacts')}</Typography.Title>
        {elements.outline.undisputed.length ? (
          <ol style={{ paddingInlineStart: 20 }}>
            {elements.outline.undisputed.map((u) => (
              <li key={u.element}>{`${pick(u.label)}：${pick(u.value)}`}</li>
            ))}
          </ol>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="—" />
        )}
        <Typography.Title level={5}>{te('elements.issues')}</Typography.Title>
        {elements.outline.issues.length ? (
          <List
            dataSource={elements.outline.issues}
            renderItem={(issue) => (
              <List.Item key={issue.no} style={{ display: 'block' }}>
                <Typography.Text strong>{pick(issue.title)}</Typography.Text>
                <ul style={{ paddingInlineStart: 20, marginBottom: 4 }}>
                  {issue.elements.map((e) => (
                    <li key={e.element}>
                      {pick(e.label)}：{pick(e.text)}
                    </li>
                  ))}
                </ul>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {te('elements.supports', { claims: issue.claims.map((c) => pick(elements.schema.claims.find((x) => x.key === c)?.label ?? { 'zh-CN': c, en: c })).join('、') })}
                </Typography.Text>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Paragraph>{te('elements.noIssues')}</Typography.Paragraph>
        )}
      </Card>
    </div>
  );
}
