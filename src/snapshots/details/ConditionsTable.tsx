import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1Condition } from '@shared/k8s/types';

// The generated type omits the timestamps the API returns.
type Condition = V1beta1Condition & { lastTransitionTime?: string };

/** A resource's conditions as the controller reported them. */
export const ConditionsTable = ({ conditions }: { conditions: Condition[] | undefined }) => {
  const { t } = usePluginTranslation();
  if (!conditions?.length) {
    return <p data-test="no-conditions">{t('No conditions reported yet.')}</p>;
  }
  return (
    <Table aria-label={t('Conditions')} variant="compact" data-test="conditions">
      <Thead>
        <Tr>
          <Th>{t('Type')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Reason')}</Th>
          <Th>{t('Message')}</Th>
          <Th>{t('Updated')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((c) => (
          <Tr key={c.type}>
            <Td dataLabel={t('Type')}>{c.type}</Td>
            <Td dataLabel={t('Status')}>{c.status}</Td>
            <Td dataLabel={t('Reason')}>{c.reason || '-'}</Td>
            <Td dataLabel={t('Message')}>{c.message || '-'}</Td>
            <Td dataLabel={t('Updated')}>
              <Timestamp timestamp={c.lastTransitionTime} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
