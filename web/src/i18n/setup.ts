import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import catalogueAz from '../catalogue/locales/az.json';
import catalogueEn from '../catalogue/locales/en.json';
import catalogueFa from '../catalogue/locales/fa.json';
import catalogueKk from '../catalogue/locales/kk.json';
import catalogueRu from '../catalogue/locales/ru.json';
import catalogueTk from '../catalogue/locales/tk.json';
import az from './locales/az.json';
import en from './locales/en.json';
import fa from './locales/fa.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
import tk from './locales/tk.json';

/** One catalog per language for the shell, and one per capability as a namespace of its own. */
void i18n.use(initReactI18next).init({
  resources: {
    fa: { translation: fa, catalogue: catalogueFa },
    ru: { translation: ru, catalogue: catalogueRu },
    en: { translation: en, catalogue: catalogueEn },
    az: { translation: az, catalogue: catalogueAz },
    kk: { translation: kk, catalogue: catalogueKk },
    tk: { translation: tk, catalogue: catalogueTk },
  },
  lng: document.documentElement.lang || 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
