import type { NameProblem } from '../validation/dns1123';
import { usePluginTranslation } from './usePluginTranslation';

/** The message shown next to a name field for each DNS-1123 problem. */
export const useNameProblemText = () => {
  const { t } = usePluginTranslation();
  return (problem: NameProblem | undefined): string | undefined => {
    switch (problem) {
      case 'empty':
        return t('Name is required.');
      case 'tooLong':
        return t('Name must be no more than 63 characters.');
      case 'invalid':
        return t(
          'Name must consist of lower case alphanumeric characters or "-", and must start and end with an alphanumeric character.',
        );
      default:
        return undefined;
    }
  };
};
