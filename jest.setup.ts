import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TextDecoder, TextEncoder } from 'util';
import { resetFetchMocks, resetSdkMocks } from './__mocks__/@openshift-console/dynamic-plugin-sdk';

// react-router 7 needs these; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

configure({ testIdAttribute: 'data-test', asyncUtilTimeout: 3000 });

// Typing into dialogs with user-event takes seconds when CI runs two jest workers on two cores;
// 5 s would fail a correct test. Timings are measured in benchmarks, not here.
jest.setTimeout(20_000);

// A real i18next with no resources: keys are the English text, so tests read English.
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: {},
  interpolation: { escapeValue: false },
  keySeparator: false,
  nsSeparator: '~',
  showSupportNotice: false,
});

beforeEach(() => {
  resetSdkMocks();
  resetFetchMocks();
});
