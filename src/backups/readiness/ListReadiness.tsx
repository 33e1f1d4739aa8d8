import { ReadinessChecklist } from './ReadinessChecklist';
import { useReadiness } from './useReadiness';

/** The readiness checklist above the Backups list (no VM picked: cluster-wide items only). */
export const ListReadiness = () => {
  const { checks } = useReadiness();
  return <ReadinessChecklist checks={checks} />;
};
