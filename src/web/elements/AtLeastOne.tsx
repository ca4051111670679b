// "Choose at least one": a check over many fields, kept on a hidden field of its own and shown as one error line.
import { Alert, Form, Input } from 'antd';
import type { FormInstance } from 'antd';

export function AtLeastOne({ form, name, message, count }: { form: FormInstance; name: string; message: string; count: () => number }) {
  return (
    <>
      <Form.Item name={name} hidden rules={[{ validator: async () => { if (!count()) throw new Error(message); } }]}>
        <Input />
      </Form.Item>
      <Form.Item shouldUpdate noStyle>
        {() => {
          const err = form.getFieldError(name)[0];
          return err ? <Alert type="error" showIcon title={err} /> : null;
        }}
      </Form.Item>
    </>
  );
}
