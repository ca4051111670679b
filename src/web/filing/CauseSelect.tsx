// 案由 picker: searches the catalogue on the server as the user types; part headings (level 1) cannot be chosen.
import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Cause } from '../../contracts/reference';
import { api, qs } from '../api/client';
import type { Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { CauseValue } from './filingForm';

interface CauseSelectProps {
  id?: string;
  value?: CauseValue;
  onChange?: (v: CauseValue | undefined) => void;
}

interface CauseOption {
  value: number;
  label: string;
  causeKey: string;
  path: string;
  disabled: boolean;
}

const DEBOUNCE_MS = 250;

export function CauseSelect({ id, value, onChange }: CauseSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [result, setResult] = useState<{ search: string; options: CauseOption[] } | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.get<Page<Cause>>(`/causes${qs({ q: search.trim(), pageSize: 20 })}`).then(
        (page) => {
          if (!live) return;
          setResult({ search, options: page.items.map((c) => ({ value: c.id, label: c.name, causeKey: c.key, path: c.path, disabled: c.level < 2 })) });
        },
        () => live && setResult({ search, options: [] }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  return (
    <Select<CauseValue, CauseOption>
      id={id}
      labelInValue
      allowClear
      value={value}
      onChange={(v, option) => onChange?.(v ? { value: v.value, label: String(v.label), ...(option && !Array.isArray(option) ? { key: option.causeKey } : {}) } : undefined)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={result?.search !== search}
      options={result?.options ?? []}
      placeholder={t('filing.causePlaceholder')}
      notFoundContent={result?.search === search ? t('filing.causeNotFound') : null}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.path}
          </Typography.Text>
        </div>
      )}
    />
  );
}
