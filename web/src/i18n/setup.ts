import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { catalogs as englishCatalogs } from './catalogs/en.ts';
import { isLocale, type Locale } from './locales.ts';

type Catalogs = typeof englishCatalogs;

/**
 * One chunk per language, holding the shell's catalog and every capability's namespace: a page
 * loads its language and English (the fallback), not all six (600 KB of the main script before).
 * Each catalog is added to its language's file in catalogs/ as well as to its namespace folder.
 */
const LOAD_CATALOGS: Record<Locale, () => Promise<{ catalogs: Catalogs }>> = {
  fa: () => import('./catalogs/fa.ts'),
  ru: () => import('./catalogs/ru.ts'),
  en: () => import('./catalogs/en.ts'),
  az: () => import('./catalogs/az.ts'),
  kk: () => import('./catalogs/kk.ts'),
  tk: () => import('./catalogs/tk.ts'),
};

const loaded = new Map<string, Promise<Catalogs>>();
const catalogsOf = (language: string) => {
  if (!isLocale(language)) return Promise.reject(new Error(`no catalogs for ${language}`));
  if (!loaded.has(language))
    loaded.set(
      language,
      LOAD_CATALOGS[language]().then((module) => module.catalogs),
    );
  return loaded.get(language)!;
};

const catalogBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    catalogsOf(language).then(
      (catalogs) => callback(null, catalogs[namespace as keyof Catalogs] as ResourceKey),
      (error: Error) => callback(error, null),
    );
  },
};

/** Resolves once the page's language and the fallback are loaded; main.tsx renders after it. */
export const i18nReady = i18n
  .use(catalogBackend)
  .use(initReactI18next)
  .init({
    // Every namespace with its language, so a page never waits for a namespace of its own.
    ns: [
      'translation',
      'catalogue',
      'programme',
      'registration',
      'badges',
      'expo',
      'secretariat',
      'transit',
      'transitNetwork',
      'search',
      'matchmaking',
      'meetings',
      'meetingsAdmin',
    ] satisfies (keyof Catalogs)[],
    lng: document.documentElement.lang || 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export default i18n;
