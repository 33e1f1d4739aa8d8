import { useCallback } from 'react';
import { useFormContext } from 'react-hook-form';
import type { WizardValues } from './wizardValues';

type SetValue = <K extends keyof WizardValues>(key: K, value: WizardValues[K]) => void;

/** The wizard's current values (react-hook-form, re-rendering on change) and a typed setter. */
export const useWizardValues = (): { values: WizardValues; set: SetValue } => {
  const { watch, setValue } = useFormContext<WizardValues>();
  const set = useCallback<SetValue>(
    (key, value) =>
      (setValue as (k: keyof WizardValues, v: unknown, o: object) => void)(key, value, {
        shouldDirty: true,
      }),
    [setValue],
  );
  return { values: watch(), set };
};
