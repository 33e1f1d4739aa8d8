import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { RestoreModel } from '../../k8s/models';
import { ConflictSection } from './ConflictSection';
import { OptionsSection } from './OptionsSection';
import { RestoreWizardShell } from './RestoreWizardShell';
import { ReviewSection } from './ReviewSection';
import { SourceSection } from './SourceSection';
import { TargetSection } from './TargetSection';
import { VMsSection } from './VMsSection';
import type { WizardQuery } from './useRestoreWizard';
import { useRestoreWizard } from './useRestoreWizard';

const restoreHref = (created: K8sResourceCommon) =>
  `/k8s/ns/${created.metadata?.namespace ?? ''}/velero.io~v1~Restore/${created.metadata?.name ?? ''}`;

/** The restore wizard (DESIGN §6, issue 13): one page, each choice checked as it is made. */
export const RestoreWizard = ({ query }: { query: WizardQuery }) => {
  const w = useRestoreWizard(query);
  return (
    <RestoreWizardShell
      model={RestoreModel}
      object={w.restore}
      problems={w.problems}
      waiting={w.waiting}
      conflicts={w.conflicts}
      deleteFirst={w.conflicts.length > 0 && w.choice === 'delete-first'}
      renew={w.renew}
      createdHref={restoreHref}
    >
      <SourceSection
        data={w.data}
        schedule={w.query.schedule}
        backupName={w.backupName}
        onBackup={w.setBackup}
        offered={w.offered}
      />
      <VMsSection data={w.data} picked={w.picked} onPicked={w.setPicked} />
      <TargetSection
        source={w.sourceNs}
        mode={w.mode}
        other={w.other}
        onMode={w.setMode}
        onOther={w.setOther}
        target={w.target}
      />
      <ConflictSection
        conflicts={w.conflicts}
        checked={w.checked}
        choice={w.choice}
        onChoice={w.setChoice}
        onAnotherNamespace={() => w.setMode('other')}
      />
      <OptionsSection options={w.options} onOptions={w.setOptions} originalRuns={w.originalRuns} />
      {w.picked.length > 0 && <ReviewSection restore={w.restore} />}
    </RestoreWizardShell>
  );
};
