// The 执 events' forms: 立案 (the late-application warning in view), 不予受理 with its reason, 分案 to an officer of
// the court's 执行局, the move to a stage (分段集约), 中止 on a ground of CPL-2023 art 267, 恢复, and 结案 with its
// method (终结执行 with a ground of art 268).
import { Alert, Form, Input, Radio, Select, Spin } from 'antd';
import type { ExecutionRecord } from '../../../contracts/execution';
import type { CourtExecutionSetup } from '../../../contracts/executionTeams';
import { EXECUTION_CLOSING_METHODS, EXECUTION_CLOSING_RULES, SUSPENSION_GROUNDS, SUSPENSION_GROUND_LABELS, TERMINATION_GROUNDS, TERMINATION_GROUND_LABELS } from '../../../domain/execution';
import type { Division, EligibleJudge } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventFieldsProps, type EventForm } from './types';

const column = { display: 'flex', flexDirection: 'column', gap: 4 } as const;

function Note() {
  const { t } = useI18n();
  return (
    <Form.Item name="note" label={t('executionForm.note')}>
      <Input.TextArea rows={3} maxLength={1000} showCount />
    </Form.Item>
  );
}

const noteOnly = (v: Record<string, unknown>) => compact({ note: v.note });

function RegisterFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const record = useApiGet<ExecutionRecord>(`/cases/${detail.id}/execution`, { quiet: true });
  return (
    <>
      {record.data?.lateWarning && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('execution.lateWarning')} description={pick(record.data.lateWarning)} />}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('executionForm.registerHint')} />
      <Form.Item name="preservedAmount" label={t('executionForm.preservedAmount')} rules={[{ pattern: /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/, message: t('execution.itemAmountRequired') }]}>
        <Input placeholder="0.00" style={{ maxWidth: 240 }} />
      </Form.Item>
      <Note />
    </>
  );
}

export const registerExecutionForm: EventForm = { Fields: RegisterFields, toInput: (v) => compact({ preservedAmount: v.preservedAmount, note: v.note }) };

function RefuseFields() {
  const { t } = useI18n();
  return (
    <Form.Item name="reason" label={t('executionForm.reason')} rules={[{ required: true, whitespace: true, message: t('executionForm.reasonRequired') }]}>
      <Input.TextArea rows={4} maxLength={1000} showCount />
    </Form.Item>
  );
}

export const refuseExecutionForm: EventForm = { Fields: RefuseFields, toInput: (v) => compact({ reason: v.reason }) };

// 繁简分流: the case's track proposes the team (快执 for a simple case, else a 精执 team); the officer is one of its members.
function AssignFields({ detail, form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const divisions = useApiGet<Division[]>(`/courts/${detail.courtId}/divisions`);
  const division = divisions.data?.find((d) => d.kind === 'execution');
  const judges = useApiGet<EligibleJudge[]>(division ? `/cases/${detail.id}/eligible-judges?divisionId=${division.id}` : null);
  const setup = useApiGet<CourtExecutionSetup>('/execution/teams', { quiet: true });
  const record = useApiGet<ExecutionRecord>(`/cases/${detail.id}/execution`, { quiet: true });
  const teamId = Form.useWatch('teamId', form) as number | undefined;
  if (!divisions.data) return <Spin />;
  if (!division) return <Alert type="warning" showIcon title={t('executionForm.noDivision')} />;
  const teams = (setup.data?.teams ?? []).filter((x) => x.kind !== 'command');
  const track = record.data?.triage?.track;
  const proposed = teams.find((x) => x.kind === (track === 'simple' ? 'fast' : 'full'));
  const team = teams.find((x) => x.id === teamId);
  const members = team ? new Set(team.members.map((m) => m.userId)) : null;
  return (
    <>
      {record.data?.triage && proposed && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('executionForm.teamProposed', { track: pick(record.data.triage.trackLabel), team: proposed.name })} description={record.data.triage.reasons.map((r) => pick(r)).join('；')} />
      )}
      {teams.length > 0 && (
        <Form.Item name="teamId" label={t('executionForm.team')} initialValue={record.data?.teamId ?? proposed?.id} extra={t('executionForm.teamMembersOnly')}>
          <Select allowClear onChange={() => form.setFieldValue('judgeId', undefined)} options={teams.map((x) => ({ value: x.id, label: `${x.name} · ${pick(x.kindLabel)}` }))} />
        </Form.Item>
      )}
      <Form.Item name="judgeId" label={t('executionForm.officer')} rules={[{ required: true, message: t('executionForm.officerRequired') }]}>
        <Select
          loading={judges.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(judges.data ?? []).filter((j) => !members || members.has(j.id)).map((j) => ({ value: j.id, label: t('assign.judgeWithLoad', { name: j.displayName, n: j.openCases }) }))}
        />
      </Form.Item>
      <Note />
    </>
  );
}

export const assignExecutionForm: EventForm = { Fields: AssignFields, toInput: (v) => compact({ judgeId: v.judgeId, teamId: v.teamId, note: v.note }) };

function MoveStageFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const record = useApiGet<ExecutionRecord>(`/cases/${detail.id}/execution`, { quiet: true });
  if (!record.data) return <Spin />;
  return (
    <>
      <Form.Item name="stage" label={t('executionForm.stage')} rules={[{ required: true, message: t('executionForm.stageRequired') }]}>
        <Radio.Group options={record.data.stages.map((s) => ({ value: s.code, label: pick(s.label) }))} style={column} />
      </Form.Item>
      <Note />
    </>
  );
}

export const moveStageForm: EventForm = { Fields: MoveStageFields, toInput: (v) => compact({ stage: v.stage, note: v.note }) };

function SuspendFields() {
  const { t, pick } = useI18n();
  return (
    <>
      <Form.Item name="ground" label={t('executionForm.ground')} rules={[{ required: true, message: t('executionForm.groundRequired') }]}>
        <Radio.Group options={SUSPENSION_GROUNDS.map((g) => ({ value: g, label: pick(SUSPENSION_GROUND_LABELS[g]) }))} style={column} />
      </Form.Item>
      <Note />
    </>
  );
}

export const suspendExecutionForm: EventForm = { Fields: SuspendFields, toInput: (v) => compact({ ground: v.ground, note: v.note }) };

export const noteForm: EventForm = { Fields: Note, toInput: noteOnly };

function CloseFields({ form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const method = Form.useWatch('method', form) as (typeof EXECUTION_CLOSING_METHODS)[number] | undefined;
  return (
    <>
      <Form.Item name="method" label={t('executionForm.method')} rules={[{ required: true, message: t('executionForm.methodRequired') }]}>
        <Radio.Group options={EXECUTION_CLOSING_METHODS.map((m) => ({ value: m, label: pick(EXECUTION_CLOSING_RULES[m].label) }))} style={column} />
      </Form.Item>
      {method && EXECUTION_CLOSING_RULES[method].needsGround && (
        <Form.Item name="terminationGround" label={t('executionForm.terminationGround')} rules={[{ required: true, message: t('executionForm.terminationGroundRequired') }]}>
          <Select options={TERMINATION_GROUNDS.map((g) => ({ value: g, label: pick(TERMINATION_GROUND_LABELS[g]) }))} />
        </Form.Item>
      )}
      <Note />
    </>
  );
}

export const closeExecutionForm: EventForm = {
  Fields: CloseFields,
  toInput: (v) => compact({ method: v.method, terminationGround: v.method && EXECUTION_CLOSING_RULES[v.method as (typeof EXECUTION_CLOSING_METHODS)[number]].needsGround ? v.terminationGround : undefined, note: v.note }),
};
