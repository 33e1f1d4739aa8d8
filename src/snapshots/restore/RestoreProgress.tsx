import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Content, List, ListItem, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { getRestoreState } from '../status/restoreState';
import { RestoreStatus } from '../status/RestoreStatus';

type RestoreProgressProps = { name: string; restore: V1beta1VirtualMachineRestore | undefined };

/** After submit: the restore's own conditions until status.complete. */
export const RestoreProgress = ({ name, restore }: RestoreProgressProps) => {
  const { t } = usePluginTranslation();
  if (!restore) {
    return (
      <Content data-test="restore-progress">
        <Spinner size="md" aria-label={t('Loading')} /> {t('Restore {{name}} created.', { name })}
      </Content>
    );
  }
  const { state, detail } = getRestoreState(restore);
  return (
    <div data-test="restore-progress">
      {state === 'Complete' && (
        <Alert isInline variant="success" title={t('The VM was restored')}>
          <Timestamp timestamp={restore.status?.restoreTime} />
        </Alert>
      )}
      {state === 'Failed' && (
        <Alert isInline variant="danger" title={t('The restore failed')}>
          <p>{detail}</p>
          <p>{t('It blocks new restores of this VM until you delete it.')}</p>
        </Alert>
      )}
      {state !== 'Complete' && state !== 'Failed' && (
        <>
          <RestoreStatus restore={restore} />
          <p>{t('You can close this dialog; the restore goes on.')}</p>
        </>
      )}
      <List isPlain data-test="restore-conditions">
        {(restore.status?.conditions ?? []).map((c) => (
          <ListItem key={c.type}>
            {t('{{type}}: {{status}} {{reason}}', {
              type: c.type,
              status: c.status,
              reason: c.reason ?? '',
            })}
          </ListItem>
        ))}
      </List>
    </div>
  );
};
