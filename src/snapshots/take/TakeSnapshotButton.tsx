import { Button, Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useId } from 'react';
import { useTakeSnapshotAction } from './useTakeSnapshotAction';

type TakeSnapshotButtonProps = {
  vm: V1VirtualMachine;
  variant?: 'primary' | 'secondary';
};

/** Opens the Take snapshot modal; when it cannot, it stays focusable and says why. */
export const TakeSnapshotButton = ({ vm, variant = 'secondary' }: TakeSnapshotButtonProps) => {
  const { t } = usePluginTranslation();
  const { disabledReason, loading, launch } = useTakeSnapshotAction(vm);
  const reasonId = useId();
  const button = (
    <Button
      variant={variant}
      onClick={launch}
      isAriaDisabled={loading || !!disabledReason}
      aria-describedby={disabledReason ? reasonId : undefined}
      data-test="take-snapshot"
    >
      {t('Take snapshot')}
    </Button>
  );
  if (!disabledReason) {
    return button;
  }
  return (
    <>
      {/* aria="none": the hidden text below describes the button even when the tooltip is closed. */}
      <Tooltip content={disabledReason} aria="none">
        {button}
      </Tooltip>
      <span id={reasonId} className="pf-v6-screen-reader" data-test="take-snapshot-disabled-reason">
        {disabledReason}
      </span>
    </>
  );
};
