// A growing list of short texts (补正事项, 上诉请求), with an optional minimum count.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useI18n } from '../../i18n/i18n';

interface TextListFieldProps {
  name: string;
  label: string;
  addText: string;
  required?: boolean;
  requiredMessage?: string;
  maxLength: number;
  maxItems: number;
}

export function TextListField({ name, label, addText, required = false, requiredMessage, maxLength, maxItems }: TextListFieldProps) {
  const { t } = useI18n();
  return (
    <Form.List
      name={name}
      rules={
        required
          ? [
              {
                validator: async (_, v: string[] | undefined) => {
                  if (!v?.some((x) => x?.trim())) throw new Error(requiredMessage);
                },
              },
            ]
          : []
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} required={required}>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <span style={{ paddingTop: 5, minWidth: 20 }}>{i + 1}.</span>
              <Form.Item name={f.name} style={{ flex: 1, marginBottom: 8 }} rules={required ? [{ required: true, whitespace: true, message: requiredMessage }] : []}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={maxLength} />
              </Form.Item>
              {(fields.length > 1 || !required) && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.remove')} />}
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={fields.length >= maxItems} data-testid={`add-${name}`}>
            {addText}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
