import { useNameProblemText } from '@shared/hooks/useNameProblemText';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { RestoreProblem } from './restoreProblems';

const names = (list: { namespace: string; name: string }[]) =>
  list.map((x) => `${x.namespace}/${x.name}`).join(', ');

/** The sentence shown for each reason the Restore cannot be sent. */
export const useProblemText = () => {
  const { t } = usePluginTranslation();
  const nameText = useNameProblemText();
  return (problem: RestoreProblem): string => {
    switch (problem.code) {
      case 'no-restore-access':
        return problem.reason;
      case 'no-source':
        return t('Pick a Completed or PartiallyFailed backup.');
      case 'list-unreadable':
        return t('The backup contents could not be read: {{message}}', {
          message: problem.message,
        });
      case 'no-vm':
        return t('Pick at least one VM.');
      case 'unselectable':
        return t(
          '{{vms}} carries no label that the other VMs of the backup lack, so it cannot be restored alone.',
          { vms: names(problem.vms) },
        );
      case 'snapshots-left-out':
        return t(
          'The snapshots of {{disks}} carry no label that the other VMs of the backup lack, so their disks cannot be restored alone.',
          { disks: problem.disks.map((d) => `${d.namespace}/${d.claim}`).join(', ') },
        );
      case 'several-namespaces':
        return t(
          'The picked VMs are in {{namespaces}}: pick VMs of one namespace, and restore the others apart.',
          { namespaces: problem.namespaces.join(', ') },
        );
      case 'namespace-name':
        return nameText(problem.problem) ?? '';
      case 'namespace-missing':
        return t('Namespace {{name}} does not exist and you may not create namespaces.', {
          name: problem.namespace,
        });
      case 'no-vm-access':
        return t('You may not create VirtualMachines in {{name}}.', { name: problem.namespace });
      case 'conflicts':
        return t(
          'Objects of the same name exist in the target: restore into another namespace, or stop and delete the existing VM first.',
        );
      case 'conflicts-fixed-target':
        return t(
          'Objects of the same name exist in the namespace: stop and delete the existing VM first.',
        );
      case 'not-deletable':
        return t('{{names}} belong to no existing VM: restore into another namespace.', {
          names: names(problem.conflicts),
        });
      default:
        return '';
    }
  };
};
