import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import az from './locales/az.json';
import en from './locales/en.json';
import fa from './locales/fa.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
import tk from './locales/tk.json';

void i18n.use(initReactI18next).init({
  resources: { fa: { translation: fa }, ru: { translation: ru }, en: { translation: en }, az: { translation: az }, kk: { translation: kk }, tk: { translation: tk } },
  lng: document.documentElement.lang || 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
