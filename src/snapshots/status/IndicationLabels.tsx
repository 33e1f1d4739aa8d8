import { Label, LabelGroup, Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { Indication, IndicationSeverity } from './indications';
import { useIndicationText } from './useIndicationExplanations';

const STATUS: Record<IndicationSeverity, 'info' | 'warning' | 'danger'> = {
  info: 'info',
  warning: 'warning',
  danger: 'danger',
};

type IndicationLabelsProps = {
  indications: Indication[];
  /** The snapshot finished: no indications then means the VM was offline. */
  finished: boolean;
};

/** Indication labels; each explains itself on hover and on keyboard focus. */
export const IndicationLabels = ({ indications, finished }: IndicationLabelsProps) => {
  const { t } = usePluginTranslation();
  const indicationText = useIndicationText();
  if (!indications.length) {
    return (
      <span data-test="no-indications">
        {finished ? t('Offline') : <span aria-label={t('None yet')}>-</span>}
      </span>
    );
  }
  return (
    <LabelGroup numLabels={4}>
      {indications.map((indication) => {
        return (
          <Tooltip key={indication.name} content={indicationText(indication)}>
            <Label
              isCompact
              status={STATUS[indication.severity]}
              tabIndex={0}
              data-test={`indication-${indication.name}`}
              data-severity={indication.severity}
            >
              {indication.name}
            </Label>
          </Tooltip>
        );
      })}
    </LabelGroup>
  );
};
