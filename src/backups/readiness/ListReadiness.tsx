import { useActiveBackupMode } from '../non-admin/useActiveBackupMode';
import { NamespaceReadiness } from '../non-admin/NamespaceReadiness';
import { ReadinessChecklist } from './ReadinessChecklist';
import { useReadiness } from './useReadiness';

const AdminReadiness = () => {
  const { checks } = useReadiness();
  return <ReadinessChecklist checks={checks} />;
};

/**
 * Readiness above the Backups list and the overview (no VM picked: cluster-wide items only).
 * A user who cannot read the Velero namespace could neither check nor fix its items: they are
 * told whose they are, and what their namespace has (DESIGN §6 "Namespace users").
 */
export const ListReadiness = () => {
  const mode = useActiveBackupMode();
  if (mode.kind === 'loading') return null;
  if (mode.kind === 'admin') return <AdminReadiness />;
  return <NamespaceReadiness namespace={mode.kind === 'non-admin' ? mode.namespace : undefined} />;
};
