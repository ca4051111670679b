// 行政起诉: what ALL arts 15 and 18–20 turn on — where the organ that first acted sits, a reconsideration organ, a
// restriction of personal freedom, the kind of organ sued, a major and complex case.
import { Checkbox, Form, Select } from 'antd';
import type { AdministrativePlaces } from '../../contracts/jurisdiction';
import type { Static } from 'typebox';
import { ADMIN_ORGAN_KINDS } from '../../domain/jurisdiction/rules';
import { useI18n } from '../i18n/i18n';

export interface AdministrativePlacesValues {
  actingOrganPlace?: string;
  reconsiderationOrganPlace?: string;
  restrictsPersonalFreedom?: boolean;
  organKind?: (typeof ADMIN_ORGAN_KINDS)[number];
  isMajorComplex?: boolean;
}

/** The administrative places as the request carries them; undefined when nothing was given. */
export function administrativePlacesOf(v: AdministrativePlacesValues | undefined): Static<typeof AdministrativePlaces> | undefined {
  if (!v) return undefined;
  const out: Static<typeof AdministrativePlaces> = {
    ...(v.actingOrganPlace ? { actingOrganPlace: v.actingOrganPlace } : {}),
    ...(v.reconsiderationOrganPlace ? { reconsiderationOrganPlace: v.reconsiderationOrganPlace } : {}),
    ...(v.restrictsPersonalFreedom ? { restrictsPersonalFreedom: true } : {}),
    ...(v.organKind ? { organKind: v.organKind } : {}),
    ...(v.isMajorComplex ? { isMajorComplex: true } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

export function AdministrativePlacesFields({ options }: { options: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const name = (k: keyof AdministrativePlacesValues) => ['jurisdiction', 'administrative', k];
  return (
    <>
      <Form.Item name={name('actingOrganPlace')} label={t('jurisdiction.admin.actingOrganPlace')} extra={t('jurisdiction.admin.actingOrganHint')}>
        <Select allowClear options={options} data-testid="jurisdiction-actingOrganPlace" />
      </Form.Item>
      <Form.Item name={name('organKind')} label={t('jurisdiction.admin.organKind')}>
        <Select allowClear options={ADMIN_ORGAN_KINDS.map((k) => ({ value: k, label: t(`jurisdiction.admin.organKind.${k}`) }))} data-testid="jurisdiction-organKind" />
      </Form.Item>
      <Form.Item name={name('reconsiderationOrganPlace')} label={t('jurisdiction.admin.reconsiderationOrganPlace')}>
        <Select allowClear options={options} />
      </Form.Item>
      <Form.Item name={name('restrictsPersonalFreedom')} valuePropName="checked">
        <Checkbox>{t('jurisdiction.admin.restrictsPersonalFreedom')}</Checkbox>
      </Form.Item>
      <Form.Item name={name('isMajorComplex')} valuePropName="checked">
        <Checkbox>{t('jurisdiction.admin.isMajorComplex')}</Checkbox>
      </Form.Item>
    </>
  );
}
