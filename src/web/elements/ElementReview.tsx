// The element complaint on the wizard's review step: each stated element in words, part by part.
import { Descriptions, Typography } from 'antd';
import { elementOf } from '../../domain/elements/elementSchema';
import { formatElementValue } from '../../domain/elements/elementText';
import { useI18n } from '../i18n/i18n';
import { useElementText } from './elementMessages';
import { elementsInputOf, schemaOfCause } from './elementForm';

export function ElementReview({ values }: { values: Parameters<typeof elementsInputOf>[0] }) {
  const { pick, lang } = useI18n();
  const te = useElementText();
  const input = elementsInputOf(values).elements;
  const schema = schemaOfCause(values.causeId);
  if (!input || !schema) return null;
  const items = Object.entries(input.values).map(([key, v]) => {
    const def = elementOf(schema, key)!;
    return { key, label: pick(def.label), children: formatElementValue(def, v, lang) };
  });
  return (
    <div data-testid="review-elements">
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {te('elements.reviewTitle', { schema: pick(schema.label) })}
      </Typography.Title>
      <Descriptions bordered size="small" column={1} items={items} />
    </div>
  );
}
