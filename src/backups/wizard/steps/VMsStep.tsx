import {
  Alert,
  Checkbox,
  FormSelect,
  FormSelectOption,
  SearchInput,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import type { VMRef } from '../../scope/productLabels';
import type { WizardVM } from '../wizardVMs';
import { refKey, vmMatchesFilter } from '../wizardVMs';
import { DiskEligibilityList } from './DiskEligibilityList';

type VMsStepProps = {
  rows: WizardVM[];
  selected: VMRef[];
  onChange: (next: VMRef[]) => void;
  problem?: string;
};

/** Step 1: pick VMs across the namespaces the user can list. */
export const VMsStep = ({ rows, selected, onChange, problem }: VMsStepProps) => {
  const { t } = usePluginTranslation();
  const [search, setSearch] = useState('');
  const [namespace, setNamespace] = useState('');
  const [label, setLabel] = useState('');
  const namespaces = [...new Set(rows.map((r) => r.ref.namespace))].sort();
  const shown = rows.filter((r) => vmMatchesFilter(r, { search, namespace, label }));
  const picked = new Set(selected.map(refKey));
  const toggle = (ref: VMRef, on: boolean) =>
    onChange(on ? [...selected, ref] : selected.filter((s) => refKey(s) !== refKey(ref)));
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={t('Search VMs by name')}
              placeholder={t('Search by name')}
              value={search}
              onChange={(_e, v) => setSearch(v)}
              onClear={() => setSearch('')}
              data-test="vm-search"
            />
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect
              aria-label={t('Namespace')}
              value={namespace}
              onChange={(_e, v) => setNamespace(v)}
              data-test="vm-namespace-filter"
            >
              <FormSelectOption value="" label={t('All namespaces')} />
              {namespaces.map((ns) => (
                <FormSelectOption key={ns} value={ns} label={ns} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <TextInput
              aria-label={t('Label filter')}
              placeholder={t('Label, e.g. app=web')}
              value={label}
              onChange={(_e, v) => setLabel(v)}
              data-test="vm-label-filter"
            />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {problem && <Alert variant="danger" isInline isPlain title={problem} data-test="vms-error" />}
      <Table aria-label={t('Virtual machines')} variant="compact">
        <Thead>
          <Tr>
            <Th screenReaderText={t('Pick')} />
            <Th>{t('Name')}</Th>
            <Th>{t('Namespace')}</Th>
            <Th>{t('Status')}</Th>
            <Th>{t('Disks')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {shown.map((row) => (
            <Tr key={refKey(row.ref)} data-test={`vm-row-${row.ref.namespace}-${row.ref.name}`}>
              <Td>
                <Checkbox
                  id={`vdp-pick-${row.ref.namespace}-${row.ref.name}`}
                  aria-label={t('Pick {{vm}}', { vm: row.ref.name })}
                  isChecked={picked.has(refKey(row.ref))}
                  onChange={(_e, on) => toggle(row.ref, on)}
                />
              </Td>
              <Td dataLabel={t('Name')}>{row.ref.name}</Td>
              <Td dataLabel={t('Namespace')}>{row.ref.namespace}</Td>
              <Td dataLabel={t('Status')}>{row.vm.status?.printableStatus ?? '-'}</Td>
              <Td dataLabel={t('Disks')}>
                <DiskEligibilityList disks={row.preflight.disks} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {shown.length === 0 && <p data-test="no-vms">{t('No VM matches.')}</p>}
    </>
  );
};
