import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The console's i18next settings that matter to plugins: `~` namespaces, no key separator. */
export const initI18n = () =>
  i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['public'],
    defaultNS: 'public',
    nsSeparator: '~',
    keySeparator: false,
    interpolation: { escapeValue: false },
    // As the console: components suspend until their namespace is loaded.
    react: { useSuspense: true },
    showSupportNotice: false,
  });

/** Loads `locales/en/<ns>.json` from the plugin's base URL, as the console's backend would. */
export const loadPluginLocale = async (baseURL: string, pluginName: string) => {
  const ns = `plugin__${pluginName}`;
  const response = await window.fetch(`${baseURL}locales/en/${ns}.json`);
  if (!response.ok) {
    throw new Error(`Translations ${ns}: ${response.status} ${response.statusText}`);
  }
  i18next.addResourceBundle('en', ns, (await response.json()) as object, true, true);
};
