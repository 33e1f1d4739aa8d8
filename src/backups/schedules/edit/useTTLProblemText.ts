import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { TTLProblem } from '../../wizard/ttl';

/** The message shown next to a TTL field for each parseTTL problem. */
export const useTTLProblemText = () => {
  const { t } = usePluginTranslation();
  return (problem: TTLProblem | undefined): string | undefined => {
    switch (problem) {
      case 'empty':
        return t('Enter a time to live, for example 720h (30 days).');
      case 'format':
        return t('Use hours, minutes and seconds, for example 720h, 36h30m or 90m.');
      case 'negative':
        return t('A time to live cannot be negative.');
      case 'zero':
        return t(
          'A time to live of 0 makes Velero use its default, 720h; enter the time you want.',
        );
      case 'too-long':
        return t('At most 876000h (100 years).');
      default:
        return undefined;
    }
  };
};
