import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { StatusDisplay } from '@shared/components/StatusDisplay';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useRestoreMeaningText } from '../restores/list/useRestoreMeaningText';
import { nonAdminRestoreState } from './nonAdminRestoreStatus';
import type { NonAdminRestore } from './nonAdminTypes';

/** NonAdminRestores (a VM's backups', or a namespace's): phase, DataDownloads, when. */
export const NonAdminRestores = ({
  restores,
  heading = true,
}: {
  restores: NonAdminRestore[];
  /** The page above has its own title. */
  heading?: boolean;
}) => {
  const { t } = usePluginTranslation();
  const meaningText = useRestoreMeaningText();
  if (restores.length === 0) return null;
  return (
    <>
      {heading && (
        <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
          {t('Restores')}
        </Title>
      )}
      <Table aria-label={t('Restores')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Backup')}</Th>
            <Th>{t('Status')}</Th>
            <Th>{t('Disk downloads')}</Th>
            <Th>{t('Created')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {restores.map((nar) => {
            const state = nonAdminRestoreState(nar);
            return (
              <Tr
                key={nar.metadata?.uid ?? nar.metadata?.name}
                data-test={`vm-nar-${nar.metadata?.name}`}
              >
                <Td dataLabel={t('Name')}>{nar.metadata?.name}</Td>
                <Td dataLabel={t('Backup')}>{nar.spec?.restoreSpec?.backupName}</Td>
                <Td dataLabel={t('Status')} data-test="nar-status">
                  <StatusDisplay
                    tone={state.tone}
                    label={meaningText(state.meaning)}
                    {...(state.detail ? { detail: state.detail } : {})}
                  />
                </Td>
                <Td dataLabel={t('Disk downloads')}>
                  {state.downloads ? t('{{done}} of {{total}} done', state.downloads) : '-'}
                </Td>
                <Td dataLabel={t('Created')}>
                  <Timestamp timestamp={nar.metadata?.creationTimestamp ?? ''} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </>
  );
};
