// Creating an execution team of a court (执行指挥中心, 快执团队, 精执团队), or renaming it, changing its kind, members or
// whether it is active. Members are chosen from the court's execution division.
import { Form, Input, Modal, Select, Switch } from 'antd';
import type { ExecutionTeamKind, TeamInput, TeamRow, TeamUpdate } from '../../contracts/executionTeams';
import { EXECUTION_TEAM_KINDS } from '../../contracts/executionTeams';
import { api } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { useModalSave } from '../api/useModalSave';

export const TEAM_KIND_LABELS: Record<ExecutionTeamKind, { 'zh-CN': string; en: string }> = {
  command: { 'zh-CN': '执行指挥中心', en: 'Execution command centre' },
  fast: { 'zh-CN': '快执团队（简案）', en: 'Fast-track team (simple cases)' },
  full: { 'zh-CN': '精执团队（繁案）', en: 'Full-track team (complex cases)' },
};

type TeamForm = { name: string; kind: ExecutionTeamKind; memberIds: number[]; isActive: boolean };

export function ExecutionTeamModal({ open, team, courtId, onClose, onSaved }: { open: boolean; team: TeamRow | null; courtId: number; onClose(): void; onSaved(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<TeamForm>();
  const candidates = useApiGet<{ userId: number; displayName: string }[]>(open ? `/admin/execution/courts/${courtId}/team-candidates` : null);
  const { save, saving } = useModalSave(
    form,
    (v: TeamForm) => {
      const fields = { name: v.name.trim(), kind: v.kind, memberIds: v.memberIds ?? [], isActive: v.isActive };
      return team ? api.patch<TeamRow>(`/admin/execution/teams/${team.id}`, fields satisfies TeamUpdate) : api.post<TeamRow>('/admin/execution/teams', { courtId, ...fields } satisfies TeamInput);
    },
    onSaved,
  );
  const initial: TeamForm = team ? { name: team.name, kind: team.kind, memberIds: team.members.map((m) => m.userId), isActive: team.isActive } : { name: '', kind: 'full', memberIds: [], isActive: true };
  return (
    <Modal open={open} title={team ? t('executionAdmin.editTeam') : t('executionAdmin.addTeam')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Form<TeamForm> form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Form.Item name="name" label={t('executionAdmin.teamName')} rules={[{ required: true, whitespace: true }, { min: 2, max: 60 }]}>
          <Input maxLength={60} placeholder="快执团队" />
        </Form.Item>
        <Form.Item name="kind" label={t('executionAdmin.teamKind')} rules={[{ required: true }]}>
          <Select options={EXECUTION_TEAM_KINDS.map((k) => ({ value: k, label: pick(TEAM_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="memberIds" label={t('executionAdmin.members')}>
          <Select mode="multiple" loading={candidates.loading} showSearch={{ optionFilterProp: 'label' }} options={(candidates.data ?? []).map((c) => ({ value: c.userId, label: c.displayName }))} />
        </Form.Item>
        <Form.Item name="isActive" label={t('admin.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
