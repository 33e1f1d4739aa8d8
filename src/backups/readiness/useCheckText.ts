import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useCallback } from 'react';
import type { CheckResult } from './readinessChecks';

export type CheckText = { title: string; reason?: string; fix?: string };

/** What each readiness item is called, why it is not ok, and how to fix it. */
export const useCheckText = () => {
  const { t } = usePluginTranslation();
  return useCallback(
    ({ id, state, params }: CheckResult): CheckText => {
      const unknown = t('Could not be checked: not loaded yet, or you may not read it.');
      const reason = (problem: string) => (state === 'unknown' ? unknown : problem);
      switch (id) {
        case 'oadp-installed':
          return {
            title: t('OADP is installed'),
            reason: reason(t('The DataProtectionApplication API is not available.')),
            fix: t('Install the OADP operator.'),
          };
        case 'dpa-reconciled':
          return {
            title: t('The DataProtectionApplication is reconciled'),
            reason: reason(
              params.dpa
                ? t('{{dpa}} is not Reconciled: {{message}}', params)
                : t('There is no DataProtectionApplication in the Velero namespace.'),
            ),
            fix: t(
              'Create or fix the DataProtectionApplication until its Reconciled condition is True.',
            ),
          };
        case 'plugin-kubevirt':
        case 'plugin-csi':
        case 'plugin-openshift':
          return {
            title: t('The {{plugin}} plugin is enabled', params),
            reason: reason(
              id === 'plugin-csi'
                ? t('Without csi a VM backup ends Completed but holds no disk data.')
                : id === 'plugin-kubevirt'
                  ? t(
                      'Without kubevirt the VM, its instance and launcher pod are not backed up together.',
                    )
                  : t('Without openshift, OpenShift resources are not backed up correctly.'),
            ),
            fix: t("Add `{{plugin}}` to the DPA's `defaultPlugins`.", params),
          };
        case 'node-agent':
          return {
            title: t('The node agent is enabled (data mover)'),
            reason: reason(t('The data mover runs in the node agent, which is not enabled.')),
            fix: t("Set `nodeAgent.enable: true` in the DPA's configuration."),
          };
        case 'location-available':
          return {
            title: t('A backup storage location is Available'),
            reason: reason(t('No location is Available: {{messages}}', params)),
            fix: t('Fix the location (bucket, credentials) until its phase is Available.'),
          };
        case 'snapshot-class':
          return {
            title: t('Every disk has a VolumeSnapshotClass Velero can use'),
            reason: reason(
              t('No VolumeSnapshotClass for {{disks}}: they will not be backed up.', params),
            ),
            fix: t(
              'Label a VolumeSnapshotClass for driver {{drivers}} with `velero.io/csi-volumesnapshot-class=true`.',
              { drivers: params.drivers ?? '?' },
            ),
          };
      }
    },
    [t],
  );
};
