import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupSpec } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import { NEVER_EXPIRES_TTL } from './ttl';
import { refKey } from './wizardVMs';

const selectorText = (spec: BackupSpec) =>
  (spec.orLabelSelectors ?? [])
    .flatMap((s) => Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`))
    .join(', ');

/** What the Backup (or each scheduled one) will contain, in words, from the spec itself. */
export const useReviewSummary = (spec: BackupSpec, vms: VMRef[], cronText?: string): string[] => {
  const { t } = usePluginTranslation();
  const namespaces = (spec.includedNamespaces ?? []).join(', ');
  return [
    ...(cronText ? [t('Runs {{when}}.', { when: cronText })] : []),
    t('VMs: {{vms}}.', { vms: vms.map(refKey).join(', ') }),
    spec.orLabelSelectors?.length
      ? t(
          'From namespace(s) {{namespaces}}, only the objects selected by {{selectors}}, and what the kubevirt plugin adds for each VM.',
          {
            namespaces,
            selectors: selectorText(spec),
          },
        )
      : t('Everything in namespace(s) {{namespaces}} (every VM there is picked).', { namespaces }),
    t(
      'Each VM with its instance and launcher pod (when running), its DataVolumes, PVCs and the secrets and config maps it uses.',
    ),
    spec.snapshotMoveData
      ? t('Disks: CSI snapshots, then their data is copied to the storage location (data mover).')
      : t('Disks: CSI snapshots that stay in the cluster storage.'),
    t('Stored in {{location}}.', { location: spec.storageLocation }),
    spec.ttl === NEVER_EXPIRES_TTL
      ? t('Never expires (kept for 100 years).')
      : t('Deleted automatically after {{ttl}}.', { ttl: spec.ttl }),
  ];
};
