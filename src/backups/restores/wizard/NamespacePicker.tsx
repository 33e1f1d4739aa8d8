import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  TextInputGroup,
  TextInputGroupMain,
} from '@patternfly/react-core';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import { useState } from 'react';
import { NamespaceModel } from './namespaceModel';

/** Enough to pick from; typing narrows the list (each option asks one access review). */
const SHOWN = 20;
const LISTBOX = 'vdp-restore-target-listbox';

/** A namespace the user may not create VMs in is shown, disabled, with the review's answer. */
const NamespaceOption = ({ name }: { name: string }) => {
  const { t } = usePluginTranslation();
  const access = useAccess(VirtualMachineModel, 'create', name);
  const denied = !access.loading && !access.allowed;
  return (
    <SelectOption
      value={name}
      isDisabled={access.loading || denied}
      description={
        denied ? t('You may not create VirtualMachines in {{name}}.', { name }) : undefined
      }
      data-test={`restore-target-option-${name}`}
    >
      {name}
    </SelectOption>
  );
};

/**
 * The target namespace: typed, or picked from the namespaces the user can list; a name that
 * is not there yet is offered as a new namespace (Velero creates it; the form says whether the
 * user may). Without the right to list namespaces it is a plain field.
 */
export const NamespacePicker = ({
  value,
  onChange,
  invalid,
  exclude,
}: {
  value: string;
  onChange: (namespace: string) => void;
  invalid: boolean;
  /** The source namespace: restoring "into another namespace" never offers it. */
  exclude?: string;
}) => {
  const { t } = usePluginTranslation();
  const [open, setOpen] = useState(false);
  const namespaces = useWatchList<K8sResourceCommon>(NamespaceModel, undefined);
  const names = namespaces.error
    ? []
    : namespaces.data
        .map((ns) => ns.metadata?.name ?? '')
        .filter((name) => name && name !== exclude && name.includes(value))
        .sort();
  const isNew = !!value && !names.includes(value) && value !== exclude;
  return (
    <Select
      isOpen={open && (names.length > 0 || isNew)}
      selected={value}
      onSelect={(_e, picked) => {
        onChange(String(picked));
        setOpen(false);
      }}
      onOpenChange={setOpen}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="typeahead"
          onClick={() => setOpen(!open)}
          isExpanded={open}
          isFullWidth
          status={invalid ? 'danger' : undefined}
          aria-label={t('Choose a namespace')}
        >
          <TextInputGroup isPlain>
            <TextInputGroupMain
              value={value}
              onClick={() => setOpen(true)}
              onChange={(_e, typed) => {
                onChange(typed.trim());
                setOpen(true);
              }}
              autoComplete="off"
              placeholder={t('Namespace name')}
              role="combobox"
              isExpanded={open}
              aria-controls={LISTBOX}
              aria-label={t('Namespace name')}
              inputId="vdp-restore-target-name"
              inputProps={{ 'data-test': 'restore-target-name' }}
            />
          </TextInputGroup>
        </MenuToggle>
      )}
    >
      <SelectList id={LISTBOX} aria-label={t('Namespaces')}>
        {isNew && (
          <SelectOption value={value} data-test="restore-target-new">
            {t('Create namespace "{{name}}"', { name: value })}
          </SelectOption>
        )}
        {names.slice(0, SHOWN).map((name) => (
          <NamespaceOption key={name} name={name} />
        ))}
      </SelectList>
    </Select>
  );
};
