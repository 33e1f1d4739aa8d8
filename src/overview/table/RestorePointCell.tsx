import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { formatAge } from '../rules/formatAge';
import type { RestorePoint } from '../rules/lastGood';

type Props = {
  point: RestorePoint | undefined;
  gvk: K8sGroupVersionKind;
  namespace: string;
  now: number;
  /** False: the list could not be read, so "none" would be a guess. */
  known?: boolean;
};

/** A last good snapshot or backup: its link and age; "None", or "Unknown" when unreadable. */
export const RestorePointCell = ({ point, gvk, namespace, now, known = true }: Props) => {
  const { t } = usePluginTranslation();
  if (!known) return <span data-test="restore-point-unknown">{t('Unknown')}</span>;
  if (!point) return <span data-test="restore-point-none">{t('None')}</span>;
  return (
    <>
      <ResourceLink groupVersionKind={gvk} name={point.name} namespace={namespace} inline />
      <div className="pf-v6-u-color-200">
        {t('{{age}} ago', { age: formatAge(now - point.at) })}
      </div>
    </>
  );
};
