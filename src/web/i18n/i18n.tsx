// Language state (zh-CN default, English on request) and the t() lookup.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { loginMessages } from './loginMessages';
import type { MessageKey } from './messages';

export type Lang = 'zh-CN' | 'en';
export type Bilingual = { 'zh-CN': string; en: string };

interface I18n {
  lang: Lang;
  setLang(l: Lang): void;
  /** Looks up a UI string; `{name}` placeholders are filled from `vars`. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Picks the current language from a bilingual label sent by the server. */
  pick(b: Bilingual | null | undefined): string;
}

const Ctx = createContext<I18n | null>(null);

// The login page's strings come with the first script; the rest arrive with the first other page (loadMessages).
let table: Partial<Record<MessageKey, Bilingual>> = loginMessages;
let loading: Promise<void> | null = null;

/** Fetches every page's strings once; App's page loader waits for it before it shows a page. */
export function loadMessages(): Promise<void> {
  loading ??= import('./messages').then((m) => {
    table = { ...m.messages, ...loginMessages };
  });
  return loading;
}

function fill(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

const STORAGE_KEY = 'courtflow.lang';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'));
  setApiLanguage(lang);
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(STORAGE_KEY, l);
    setApiLanguage(l);
    document.documentElement.lang = l;
    setLangState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      // A key whose page's strings have not arrived shows as itself rather than breaking the page.
      t: (key, vars) => fill(table[key]?.[lang] ?? key, vars),
      pick: (b) => (b ? b[lang] : ''),
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
