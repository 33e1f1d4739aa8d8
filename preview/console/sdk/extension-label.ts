import i18next from 'i18next';

const TRANSLATABLE = /^%(.+?)~(.+)%$/;

/** `%namespace~Key%` strings in extensions are translated with the plugin's namespace. */
export const translateLabel = (label: string): string => {
  const match = TRANSLATABLE.exec(label);
  return match ? i18next.t(match[2] ?? '', { ns: match[1] }) : label;
};
