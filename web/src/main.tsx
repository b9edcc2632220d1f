import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
// Fonts ship with the app (unicode-range subsets), so Persian and Cyrillic render offline.
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app/app.css';
import i18n, { i18nReady } from './i18n/setup.ts';
import { App } from './app/App.tsx';
import { speakBrowserChecksInCatalogWords } from './app/browser-validation-messages.ts';
import { formatNumber } from './i18n/format.ts';
import type { Locale } from './i18n/locales.ts';

// The browser's own form checks speak the page's language, not the browser's.
speakBrowserChecksInCatalogWords(document, i18n.t.bind(i18n), (value) =>
  formatNumber(value, i18n.language as Locale, { useGrouping: false }),
);

// The first paint waits for the page's language (and English) to arrive: no flash of raw keys.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </StrictMode>,
  ),
);
