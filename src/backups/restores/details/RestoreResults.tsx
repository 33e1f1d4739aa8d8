import { Alert, List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupResults } from '../../k8s/types';
import { groupResultsByVM } from '../../results/groupResultsByVM';
import type { VMRef } from '../../scope/productLabels';

/** RestoreResults (through the backend), warnings and errors grouped by VM, then the rest. */
export const RestoreResults = ({ results, vms }: { results: BackupResults; vms: VMRef[] }) => {
  const { t } = usePluginTranslation();
  const grouped = groupResultsByVM(
    results,
    vms.map((vm) => ({ vm, claims: [] })),
  );
  const groups = [
    ...grouped.vms.map((g) => ({ key: `${g.vm.namespace}/${g.vm.name}`, ...g })),
    { key: t('Not about a VM'), ...grouped.other },
  ].filter((g) => g.errors.length + g.warnings.length > 0);
  if (groups.length === 0)
    return <p data-test="restore-results-none">{t('No warnings or errors.')}</p>;
  return (
    <>
      {groups.map((g) => (
        <Alert
          key={g.key}
          variant={g.errors.length > 0 ? 'danger' : 'warning'}
          isInline
          isPlain
          title={g.key}
          data-test={`restore-results-${g.key}`}
        >
          <List>
            {[...g.errors, ...g.warnings].map((e, i) => (
              <ListItem key={i}>{e.text}</ListItem>
            ))}
          </List>
        </Alert>
      ))}
    </>
  );
};
