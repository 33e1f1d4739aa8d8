import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { ConflictSection } from '../restores/wizard/ConflictSection';
import { OptionsSection } from '../restores/wizard/OptionsSection';
import { RestoreWizardShell } from '../restores/wizard/RestoreWizardShell';
import { ReviewSection } from '../restores/wizard/ReviewSection';
import { SourceSection } from '../restores/wizard/SourceSection';
import { VMsSection } from '../restores/wizard/VMsSection';
import type { WizardQuery } from '../restores/wizard/useRestoreWizard';
import { NonAdminRestoreTarget } from './NonAdminRestoreTarget';
import { NonAdminRestoreModel } from './nonAdminModels';
import { nonAdminCreatedHref } from './nonAdminWizardBackup';
import { useNonAdminRestoreWizard } from './useNonAdminRestoreWizard';

const AS_BACKED_UP = { power: 'as-backed-up', newMACs: false, newFirmwareUUID: false } as const;

/**
 * The restore wizard for a namespace user (DESIGN §6 "Namespace users"): the admin steps on a
 * NonAdminRestore in `namespace`, minus what the non-admin controller restricts — no schedule,
 * no other target, no VM options — and back to the VM's Backups tab, where its status shows.
 */
export const NonAdminRestoreWizard = ({
  query,
  namespace,
}: {
  query: WizardQuery;
  namespace: string;
}) => {
  const { t } = usePluginTranslation();
  const w = useNonAdminRestoreWizard(query, namespace);
  return (
    <RestoreWizardShell
      model={NonAdminRestoreModel}
      object={w.restore}
      problems={w.problems}
      waiting={w.waiting}
      conflicts={w.conflicts}
      deleteFirst={w.conflicts.length > 0 && w.choice === 'delete-first'}
      renew={w.renew}
      createdHref={() => nonAdminCreatedHref(w.picked)}
    >
      <SourceSection
        data={w.data}
        backupName={w.backupName}
        onBackup={w.setBackup}
        offered={w.offered}
      />
      <VMsSection
        data={w.data}
        picked={w.picked}
        onPicked={w.setPicked}
        noDiskText={t('Not in the namespace now: its disks in the backup are not readable here')}
      />
      <NonAdminRestoreTarget namespace={namespace} />
      <ConflictSection
        conflicts={w.conflicts}
        checked={w.checked}
        choice={w.choice}
        onChoice={w.setChoice}
      />
      <OptionsSection
        options={AS_BACKED_UP}
        onOptions={() => undefined}
        originalRuns={false}
        disabledReason={t(
          'Power state, new MAC addresses and a new firmware UUID are labels of the Velero Restore, and OADP’s non-admin controller gives the Restore it creates its own labels only: the VM comes back as it was backed up.',
        )}
      />
      {w.picked.length > 0 && <ReviewSection restore={w.restore} />}
    </RestoreWizardShell>
  );
};
