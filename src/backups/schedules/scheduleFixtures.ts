import type { VeleroSchedule } from '../k8s/types';
import { vmLabelKey } from '../scope/productLabels';

/** A daily 02:00 schedule of fedora-web, last run 1 Dec 02:00 UTC, as the tests see it. */
export const nightlySchedule = (
  spec: Partial<NonNullable<VeleroSchedule['spec']>> = {},
  status: VeleroSchedule['status'] = { phase: 'Enabled', lastBackup: '2026-12-01T02:00:01Z' },
): VeleroSchedule => ({
  apiVersion: 'velero.io/v1',
  kind: 'Schedule',
  metadata: {
    name: 'demo-nightly',
    namespace: 'openshift-adp',
    uid: 'uid-nightly',
    creationTimestamp: '2026-11-20T10:00:00Z',
  },
  spec: {
    schedule: '0 2 * * *',
    template: {
      metadata: { labels: { [vmLabelKey('fedora-web')]: 'demo' } },
      includedNamespaces: ['demo'],
      storageLocation: 'dpa-sample-1',
      ttl: '720h0m0s',
    },
    ...spec,
  },
  status,
});
