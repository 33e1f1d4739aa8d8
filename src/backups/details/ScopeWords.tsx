import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupSpec } from '../k8s/types';
import { scopeSummary } from './scopeSummary';

/** A backup's scope in words: namespaces, selectors, resource filters. */
export const ScopeWords = ({ spec }: { spec: BackupSpec }) => {
  const { t } = usePluginTranslation();
  const scope = scopeSummary(spec);
  return (
    <div data-test="scope-words">
      <div>
        {scope.namespaces === 'all'
          ? t('All namespaces')
          : t('Namespaces: {{namespaces}}', { namespaces: scope.namespaces.join(', ') })}
        {scope.excludedNamespaces.length > 0 &&
          ` ${t('(except {{namespaces}})', { namespaces: scope.excludedNamespaces.join(', ') })}`}
      </div>
      {scope.selectors.length > 0 && (
        <div>
          {scope.selectors.length === 1
            ? t('Objects labelled {{selector}}', { selector: scope.selectors[0] })
            : t('Objects labelled any of: {{selectors}}', {
                selectors: scope.selectors.join(' | '),
              })}
        </div>
      )}
      {scope.includedResources.length > 0 && (
        <div>{t('Only: {{resources}}', { resources: scope.includedResources.join(', ') })}</div>
      )}
      {scope.excludedResources.length > 0 && (
        <div>{t('Except: {{resources}}', { resources: scope.excludedResources.join(', ') })}</div>
      )}
    </div>
  );
};
