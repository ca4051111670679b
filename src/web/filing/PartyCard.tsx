// One party of a complaint: standing, kind, identity (personal ID or credit code), contact, and the filer's mark.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useI18n } from '../i18n/i18n';
import { ID_TYPE_KEYS, PARTY_KIND_KEYS, STANDING_LABELS } from '../i18n/vocabulary';
import { PHONE_PATTERN, type FilerRole, type PartyFormValue } from './filingForm';
import { creditCodeRule, residentIdRule } from './identityRules';
import { FIRST_INSTANCE_STANDINGS, ID_TYPES } from './partyCodes';

interface PartyCardProps {
  name: number;
  index: number;
  filerRole: FilerRole;
  onRemove?: () => void;
}

export function PartyCard({ name, index, filerRole, onRemove }: PartyCardProps) {
  const { t, pick } = useI18n();
  const form = Form.useFormInstance();
  // preserve: also see values no field is bound to (the masked number shown when correcting a filing).
  const party = Form.useWatch(['parties', name], { form, preserve: true }) as PartyFormValue | undefined;
  const isPerson = (party?.kind ?? 'person') === 'person';
  // 行政起诉: the defendant is an administrative organ (ALL art 26), which names its head (ALL art 3).
  const isAdministrative = Form.useWatch('caseType', { form, preserve: true }) === '行初';
  const isOrgan = party?.kind === 'organ';
  const kinds = isAdministrative ? (['person', 'organization', 'organ'] as const) : (['person', 'organization'] as const);
  // CPL-2023 art 124: a plaintiff gives its identity (the server refuses the filing otherwise).
  const isPlaintiff = party?.standing === 'plaintiff';

  return (
    <Card
      size="small"
      data-testid={`party-${index}`}
      title={`${t('filing.party')} ${index + 1}${party?.name ? ` · ${party.name}` : ''}`}
      extra={onRemove && <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('filing.removeParty')} />}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name={[name, 'standing']} label={t('party.standing')} rules={[{ required: true }]}>
            <Select options={FIRST_INSTANCE_STANDINGS.map((s) => ({ value: s, label: pick(STANDING_LABELS[s]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'kind']} label={t('party.kind')} rules={[{ required: true }]}>
            <Radio.Group options={kinds.map((k) => ({ value: k, label: t(PARTY_KIND_KEYS[k]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'name']} label={isPerson ? t('party.personName') : t('party.orgName')} rules={[{ required: true, whitespace: true, message: t('filing.partyNameRequired') }, { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        {isPerson ? (
          <>
            <Col xs={24} md={8}>
              <Form.Item name={[name, 'idType']} label={t('party.idType')}>
                <Select options={ID_TYPES.map((x) => ({ value: x, label: t(ID_TYPE_KEYS[x]) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name={[name, 'idNumber']}
                label={t('party.idNumber')}
                // A masked number cannot be sent back; dropping it silently would lose the party's identity.
                rules={[
                  { required: !!party?.maskedIdNumber, whitespace: true, message: t('filing.retypeMaskedIdRequired') },
                  { required: isPlaintiff, whitespace: true, message: t('filing.idNumberRequired') },
                  { max: 40 },
                  ...((party?.idType ?? 'residentId') === 'residentId' ? [residentIdRule(pick)] : []),
                ]}
                dependencies={[['parties', name, 'idType'], ['parties', name, 'standing']]}
                extra={party?.maskedIdNumber ? t('filing.retypeMaskedId', { masked: party.maskedIdNumber }) : undefined}
              >
                <Input maxLength={40} placeholder={party?.maskedIdNumber} />
              </Form.Item>
            </Col>
          </>
        ) : (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                name={[name, 'creditCode']}
                label={t('party.creditCode')}
                rules={[{ required: isPlaintiff, whitespace: true, message: t('filing.creditCodeRequired') }, creditCodeRule(pick)]}
                dependencies={[['parties', name, 'standing']]}
              >
                <Input maxLength={18} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={[name, 'legalRepresentative']}
                label={t(isOrgan ? 'party.organHead' : 'party.legalRepresentative')}
                rules={[{ required: isPlaintiff || isOrgan, whitespace: true, message: t(isOrgan ? 'party.organHeadRequired' : 'filing.legalRepresentativeRequired') }, { max: 100 }]}
                dependencies={[['parties', name, 'standing']]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={16}>
          <Form.Item name={[name, 'address']} label={t('party.address')} rules={[{ max: 300 }]}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'phone']} label={t('party.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('filing.phoneInvalid') }, { max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      {/* A clerk at the counter files for the party and is none of them: no mark. */}
      {filerRole === 'clerk' ? null : filerRole === 'party' ? (
        <Form.Item name={[name, 'isSelf']} valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('filing.isSelf')}</Checkbox>
        </Form.Item>
      ) : (
        <Form.Item name={[name, 'isClient']} valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('filing.isClient')}</Checkbox>
        </Form.Item>
      )}
    </Card>
  );
}
