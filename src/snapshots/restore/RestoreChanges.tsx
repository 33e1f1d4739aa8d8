import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  ExpandableSection,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { SpecDiffView } from './SpecDiffView';
import { hasSpecChanges, runStrategyOf, summarizeSpecChanges } from './specChanges';
import type { Change, CpuTopology, ItemChanges } from './specChanges';

type RestoreChangesProps = {
  current: V1VirtualMachineSpec | undefined;
  restored: V1VirtualMachineSpec | undefined;
};

/** A readable summary of what the restore changes in the VM, with the full diff on demand. */
export const RestoreChanges = ({ current, restored }: RestoreChangesProps) => {
  const { t } = usePluginTranslation();
  const [showDiff, setShowDiff] = useState(false);
  const changes = useMemo(() => summarizeSpecChanges(current, restored), [current, restored]);
  const notSet = t('Not set');
  const cpu = (c?: CpuTopology) =>
    c ? t('{{vcpus}} vCPU ({{sockets}} sockets, {{cores}} cores, {{threads}} threads)', c) : notSet;
  const arrow = <T,>(c: Change<T>, show: (v?: T) => string) =>
    t('{{before}} → {{after}}', { before: show(c.before), after: show(c.after) });
  const text = (v?: string) => v ?? notSet;
  const items = (c: ItemChanges) =>
    [
      c.added.length ? t('Added back: {{names}}', { names: c.added.join(', ') }) : '',
      c.removed.length ? t('Removed: {{names}}', { names: c.removed.join(', ') }) : '',
      c.changed.length ? t('Changed: {{names}}', { names: c.changed.join(', ') }) : '',
    ]
      .filter(Boolean)
      .map((line) => <div key={line}>{line}</div>);

  const rows: [string, string, ReactNode][] = [];
  if (changes.cpu) rows.push(['cpu', t('CPU'), arrow(changes.cpu, cpu)]);
  if (changes.memory) rows.push(['memory', t('Memory'), arrow(changes.memory, text)]);
  if (changes.instancetype) {
    rows.push(['instancetype', t('Instance type'), arrow(changes.instancetype, text)]);
  }
  if (changes.disks) rows.push(['disks', t('Disks'), items(changes.disks)]);
  if (changes.networks) rows.push(['networks', t('Networks'), items(changes.networks)]);
  if (changes.runStrategy) {
    // KubeVirt keeps the VM's run strategy (legacy `running` becomes false).
    rows.push([
      'runStrategy',
      t('Run strategy'),
      current?.runStrategy
        ? t('Stays {{current}} (the snapshot has {{snapshot}})', {
            current: current.runStrategy,
            snapshot: text(runStrategyOf(restored)),
          })
        : t('The VM uses the legacy "running" field; the restore sets it to false.'),
    ]);
  }
  if (changes.other) rows.push(['other', t('Other settings'), t('Differ; see the full diff.')]);

  return (
    <div data-test="restore-changes">
      {hasSpecChanges(changes) ? (
        <DescriptionList isCompact isHorizontal>
          {rows.map(([key, term, description]) => (
            <DescriptionListGroup key={key} data-test={`change-${key}`}>
              <DescriptionListTerm>{term}</DescriptionListTerm>
              <DescriptionListDescription>{description}</DescriptionListDescription>
            </DescriptionListGroup>
          ))}
        </DescriptionList>
      ) : (
        <p>{t('The VM configuration is the same as in the snapshot.')}</p>
      )}
      <ExpandableSection
        toggleText={showDiff ? t('Hide full diff') : t('Show full diff')}
        isExpanded={showDiff}
        onToggle={(_e, expanded) => setShowDiff(expanded)}
      >
        {showDiff && <SpecDiffView current={current} restored={restored} />}
      </ExpandableSection>
    </div>
  );
};
