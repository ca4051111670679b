// The case-type declarations (nodes and events with their labels), fetched once per page load.
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { CaseTypeInfo } from '../api/types';
import type { Bilingual } from '../i18n/i18n';

let cached: Promise<CaseTypeInfo[]> | null = null;

function loadCaseTypes(): Promise<CaseTypeInfo[]> {
  cached ??= api.get<CaseTypeInfo[]>('/case-types').catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return cached;
}

export function useCaseTypes(): CaseTypeInfo[] | undefined {
  const [types, setTypes] = useState<CaseTypeInfo[]>();
  useEffect(() => {
    let live = true;
    loadCaseTypes().then(
      (t) => live && setTypes(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return types;
}

export interface NodeOption {
  name: string;
  label: Bilingual;
}

/** Nodes across all case types, in declaration order, each once; optionally only those named. */
export function nodeOptions(types: CaseTypeInfo[] | undefined, only?: readonly string[]): NodeOption[] {
  const seen = new Map<string, NodeOption>();
  for (const t of types ?? []) for (const n of t.nodes) if (!seen.has(n.name)) seen.set(n.name, n);
  if (!only) return [...seen.values()];
  return only.map((name) => seen.get(name) ?? { name, label: { 'zh-CN': name, en: name } });
}
