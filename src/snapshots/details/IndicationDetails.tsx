import { Label, List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { getIndications } from '../status/indications';
import { useIndicationText } from '../status/useIndicationExplanations';

/** Each indication with its explanation as visible text (readable without hover or focus). */
export const IndicationDetails = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const indicationText = useIndicationText();
  const indications = getIndications(snapshot);
  if (!indications.length) {
    const finished = snapshot.status?.phase === 'Succeeded';
    return (
      <span data-test="no-indications">
        {finished ? t('None: the VM was not running (offline snapshot).') : '-'}
      </span>
    );
  }
  return (
    <List isPlain data-test="indication-details">
      {indications.map((i) => (
        <ListItem key={i.name} data-test={`indication-${i.name}`}>
          <Label isCompact status={i.severity}>
            {i.name}
          </Label>{' '}
          {indicationText(i)}
        </ListItem>
      ))}
    </List>
  );
};
