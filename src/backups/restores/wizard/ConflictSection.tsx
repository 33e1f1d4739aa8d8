import { Alert, FormGroup, List, ListItem, Radio } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { Conflict } from '../conflicts/findConflicts';
import type { ConflictChoice } from './restoreProblems';

type Props = {
  conflicts: Conflict[];
  checked: boolean;
  choice: ConflictChoice;
  onChoice: (choice: ConflictChoice) => void;
  /** Absent where the target is fixed (non-admin mode). */
  onAnotherNamespace?: () => void;
};

/**
 * Velero would leave these objects alone and the VM would not come back as backed up
 * (research/oadp-velero.md §0a): they are listed, and nothing is sent until a choice is made.
 */
export const ConflictSection = ({
  conflicts,
  checked,
  choice,
  onChoice,
  onAnotherNamespace,
}: Props) => {
  const { t } = usePluginTranslation();
  if (!checked) return null;
  if (conflicts.length === 0)
    return (
      <Alert
        variant="success"
        isInline
        isPlain
        title={t('Nothing of the same name exists in the target namespace.')}
        data-test="restore-no-conflict"
      />
    );
  return (
    <FormGroup label={t('Conflicts')} role="radiogroup" fieldId="vdp-restore-conflicts">
      <Alert
        variant="warning"
        isInline
        title={t('These already exist in the target namespace; Velero would not replace them.')}
        data-test="restore-conflicts"
      >
        <List>
          {conflicts.map((c) => (
            <ListItem key={`${c.kind}/${c.namespace}/${c.name}`}>
              {t('{{kind}} {{namespace}}/{{name}} (of VM {{vm}})', {
                kind: c.kind,
                namespace: c.namespace,
                name: c.name,
                vm: c.vm.name,
              })}
            </ListItem>
          ))}
        </List>
      </Alert>
      {onAnotherNamespace && (
        <Radio
          id="vdp-restore-conflict-other"
          name="vdp-restore-conflict"
          label={t('Restore into another namespace')}
          isChecked={false}
          onChange={onAnotherNamespace}
          data-test="restore-conflict-other-namespace"
        />
      )}
      <Radio
        id="vdp-restore-conflict-delete"
        name="vdp-restore-conflict"
        label={t('Stop and delete the existing VM first')}
        description={t('You confirm the deletion separately before anything is sent.')}
        isChecked={choice === 'delete-first'}
        onChange={() => onChoice('delete-first')}
        data-test="restore-conflict-delete-first"
      />
    </FormGroup>
  );
};
