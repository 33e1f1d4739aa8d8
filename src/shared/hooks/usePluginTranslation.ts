import { useTranslation } from 'react-i18next';

export const PLUGIN_I18N_NAMESPACE = 'plugin__vm-data-protection-plugin';

/** The plugin's translation hook; keys are the English text. */
export const usePluginTranslation = () => useTranslation(PLUGIN_I18N_NAMESPACE);
