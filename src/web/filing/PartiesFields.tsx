// Step 2 of filing: the parties (at least two: the API needs a plaintiff and a defendant to make a complaint).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import { useI18n } from '../i18n/i18n';
import { STANDING_LABELS } from '../i18n/vocabulary';
import { blankParty, type FilerRole } from './filingForm';
import { PartyCard } from './PartyCard';
import { FIRST_INSTANCE_STANDINGS } from './partyCodes';

const MIN_PARTIES = 2;
const MAX_PARTIES = 50;

export function PartiesFields({ filerRole }: { filerRole: FilerRole }) {
  const { t, pick } = useI18n();
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <PartyCard key={f.key} name={f.name} index={i} filerRole={filerRole} onRemove={fields.length > MIN_PARTIES ? () => remove(f.name) : undefined} />
          ))}
          <Space wrap>
            {FIRST_INSTANCE_STANDINGS.map((s) => (
              <Button key={s} type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_PARTIES} onClick={() => add(blankParty(s))} data-testid={`add-${s}`}>
                {t('filing.addParty', { standing: pick(STANDING_LABELS[s]) })}
              </Button>
            ))}
          </Space>
        </>
      )}
    </Form.List>
  );
}
