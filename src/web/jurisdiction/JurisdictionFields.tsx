// The places jurisdiction turns on, and the proposed court with its rules and versions, in the filing wizard's first
// step; the warning when the chosen court is not competent (the filing is received all the same).
import { Alert, Button, Form, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CourtProposal } from '../../contracts/jurisdiction';
import type { Court } from '../../contracts/reference';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { AdministrativePlacesFields, administrativePlacesOf, type AdministrativePlacesValues } from './AdministrativePlacesFields';

export interface JurisdictionValues {
  plaintiffDomiciles?: string[];
  defendantDomiciles?: string[];
  realEstateLocation?: string;
  /** 行政起诉 (ALL arts 15, 18–20). */
  administrative?: AdministrativePlacesValues;
}

/** The places as the filing sends them (nothing when none was given). */
export function jurisdictionOf(v: JurisdictionValues | undefined) {
  const codes = (xs: string[] | undefined) => (xs ?? []).filter((x) => /^\d{6}$/.test(x));
  const administrative = administrativePlacesOf(v?.administrative);
  if (!v || (!codes(v.defendantDomiciles).length && !codes(v.plaintiffDomiciles).length && !v.realEstateLocation && !administrative)) return {};
  return { jurisdiction: { plaintiffDomiciles: codes(v.plaintiffDomiciles), defendantDomiciles: codes(v.defendantDomiciles), ...(v.realEstateLocation ? { realEstateLocation: v.realEstateLocation } : {}), ...(administrative ? { administrative } : {}) } };
}

/** Districts the courts sit in, named after their basic court (长春市南关区人民法院 → 长春市南关区). */
function placeOptions(courts: Court[] | undefined) {
  return (courts ?? []).filter((c) => c.level === 'basic' && c.divisionCode).map((c) => ({ value: c.divisionCode!, label: `${c.name.replace(/人民法院$/, '')}（${c.divisionCode}）` }));
}

export function JurisdictionFields({ courts }: { courts: Court[] | undefined }) {
  const { t } = useI18n();
  const options = placeOptions(courts);
  const isAdministrative = Form.useWatch('caseType', { preserve: true }) === '行初';
  const place = (name: string, label: 'jurisdiction.plaintiffDomiciles' | 'jurisdiction.defendantDomiciles') => (
    <Form.Item name={['jurisdiction', name]} label={t(label)} extra={t('jurisdiction.placeHint')}>
      <Select mode="tags" options={options} data-testid={`jurisdiction-${name}`} tokenSeparators={[',', ' ']} />
    </Form.Item>
  );
  return (
    <>
      <Typography.Text strong>{t('jurisdiction.places')}</Typography.Text>
      {place('plaintiffDomiciles', 'jurisdiction.plaintiffDomiciles')}
      {place('defendantDomiciles', 'jurisdiction.defendantDomiciles')}
      <Form.Item name={['jurisdiction', 'realEstateLocation']} label={t('jurisdiction.realEstateLocation')}>
        <Select allowClear options={options} />
      </Form.Item>
      {isAdministrative && <AdministrativePlacesFields options={options} />}
      <JurisdictionProposalPanel />
    </>
  );
}

/** Asks for the proposal whenever the cause, the amount, the places or the chosen court change. */
export function JurisdictionProposalPanel() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance();
  const causeId = Form.useWatch<{ value?: number } | undefined>('causeId', { form, preserve: true });
  const isAdministrative = Form.useWatch<string | undefined>('caseType', { form, preserve: true }) === '行初';
  const courtId = Form.useWatch<number | undefined>('courtId', { form, preserve: true });
  const amount = Form.useWatch<string | undefined>('amount', { form, preserve: true });
  const places = Form.useWatch<JurisdictionValues | undefined>('jurisdiction', { form, preserve: true });
  // The answer is kept with the question it answers: a stale one (the facts changed since) is not shown.
  const [answer, setAnswer] = useState<{ key: string; proposal: CourtProposal | null } | null>(null);
  const body = jurisdictionOf(places).jurisdiction;
  // A civil complaint needs its cause; a 行政起诉 is proposed from the organ's place (ALL art 18).
  const asks = isAdministrative ? !!(body?.administrative?.actingOrganPlace || body?.defendantDomiciles.length || body?.realEstateLocation) : !!causeId?.value && !!body?.defendantDomiciles.length;
  const key = JSON.stringify([isAdministrative, causeId?.value, courtId, amount, body]);
  const proposal = asks && answer?.key === key ? answer.proposal : null;
  useEffect(() => {
    if (!asks) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .post<CourtProposal>('/jurisdiction/proposal', { ...(isAdministrative ? { caseType: '行初' } : { causeId: causeId?.value }), places: body, ...(courtId ? { courtId } : {}), ...(amount && /^\d+(\.\d{1,2})?$/.test(amount) ? { amount } : {}) })
        .then((p) => live && setAnswer({ key, proposal: p }))
        .catch(() => live && setAnswer({ key, proposal: null }));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the values it is made of
  }, [key]);
  if (!proposal) return <Typography.Paragraph type="secondary">{t('jurisdiction.none')}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="jurisdiction-proposal">
      <Alert
        type="info"
        showIcon
        title={`${t('jurisdiction.proposal')}：${proposal.courts.map((c) => c.name).join('、') || '—'}`}
        description={proposal.courts.map((c) => (
          <div key={c.courtId}>
            {t('jurisdiction.because')}：
            {c.reasons.map((r, i) => (
              <span key={i}>
                {i > 0 && '；'}
                {r.explanation[lang]}（{r.source}
                {r.ruleKey ? `，${t('jurisdiction.ruleVersion', { key: r.ruleKey, version: r.version ?? '' })}` : ''}）
              </span>
            ))}
            {courtId !== c.courtId && (
              <Button size="small" type="link" onClick={() => form.setFieldValue('courtId', c.courtId)}>
                {t('jurisdiction.choose')}
              </Button>
            )}
          </div>
        ))}
      />
      {proposal.warnings.map((w) => (
        <Alert key={w.code} type="warning" showIcon title={w.message[lang]} data-testid="jurisdiction-warning" />
      ))}
    </Space>
  );
}
