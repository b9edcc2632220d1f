import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
// Fonts ship with the app (unicode-range subsets), so Persian and Cyrillic render offline.
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app/app.css';
import { i18nReady } from './i18n/setup.ts';
import { App } from './app/App.tsx';

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
