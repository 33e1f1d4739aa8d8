import { Alert, List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { NamespaceLocation } from './namespaceReadiness';
import type { NamespaceReadinessData } from './useNamespaceReadiness';
import { useNamespaceReadiness } from './useNamespaceReadiness';

const LocationItem = ({ location }: { location: NamespaceLocation }) => {
  const { t } = usePluginTranslation();
  return (
    <ListItem data-test={`namespace-location-${location.name}`}>
      {location.usable
        ? t('{{name}}: ready for your backups', { name: location.name })
        : t('{{name}}: not usable yet ({{phase}})', {
            name: location.name,
            phase: location.phase || t('no status'),
          })}
      {location.message ? ` ${location.message}` : ''}
    </ListItem>
  );
};

/** What a namespace user is told instead of a checklist of items they can neither check nor fix. */
export const NamespaceReadinessView = ({ data }: { data: NamespaceReadinessData }) => {
  const { t } = usePluginTranslation();
  const { namespace, veleroNamespace, locations, enforced, locationsLoading } = data;
  return (
    <Alert
      variant="info"
      isInline
      title={t('Your cluster administrator checks backup readiness')}
      data-test="namespace-readiness"
      className="pf-v6-u-mb-md"
    >
      <p>
        {t(
          'OADP, its plugins, the cluster’s storage locations and the snapshot classes are set up in the {{veleroNamespace}} namespace, which only the cluster administrator can read. If a backup fails because of them, ask your cluster administrator.',
          { veleroNamespace },
        )}
      </p>
      {namespace !== undefined && (
        <p data-test="namespace-readiness-own">
          {t(
            'Your own backups are NonAdminBackups in {{namespace}}: back up or restore a VM from its Backups tab.',
            { namespace },
          )}
        </p>
      )}
      <div data-test="namespace-readiness-locations">
        {namespace === undefined || locationsLoading ? null : locations === undefined ? (
          <p>
            {t('The backup storage locations of {{namespace}} could not be read.', { namespace })}
          </p>
        ) : locations.length === 0 ? (
          <p>
            {t(
              '{{namespace}} has no backup storage location of its own: backups go to the cluster’s default location.',
              { namespace },
            )}
          </p>
        ) : (
          <>
            <p>{t('Backup storage locations of {{namespace}}:', { namespace })}</p>
            <List>
              {locations.map((location) => (
                <LocationItem key={location.name} location={location} />
              ))}
            </List>
          </>
        )}
      </div>
      {enforced && (
        <p data-test="namespace-readiness-enforced">
          {enforced.length
            ? t('The administrator sets these backup fields for you: {{fields}}.', {
                fields: enforced.join(', '),
              })
            : t('The administrator enforces no backup field.')}
        </p>
      )}
    </Alert>
  );
};

/** `namespace`: the user's, in non-admin mode; undefined when they have none to back up in. */
export const NamespaceReadiness = ({ namespace }: { namespace?: string }) => (
  <NamespaceReadinessView data={useNamespaceReadiness(namespace)} />
);
