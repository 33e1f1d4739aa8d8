/**
 * What every local cluster starts with (`--seed empty` stops here): namespaces, RBAC, the
 * KubeVirt CR with the Snapshot feature gate, a node, and two storage classes — one whose CSI
 * driver has a VolumeSnapshotClass and one without (research §2.3).
 */
import type { KubeObject } from '../api/types';
import { demoBindings, rbacObjects } from './rbac';

export const DEMO_NAMESPACE = 'demo';
export const SNAPSHOT_CAPABLE_CLASS = 'ocs-storagecluster-ceph-rbd-virtualization';
export const SNAPSHOT_CAPABLE_DRIVER = 'openshift-storage.rbd.csi.ceph.com';
export const SNAPSHOT_CLASS = 'ocs-storagecluster-rbdplugin-snapclass';
export const NO_SNAPSHOT_CLASS = 'hostpath-csi-basic';
export const NO_SNAPSHOT_DRIVER = 'kubevirt.io.hostpath-provisioner';
export const NODE_NAME = 'worker-0';

const namespace = (name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

export function infrastructureObjects(): KubeObject[] {
  return [
    ...['default', 'kube-system', 'openshift-cnv', DEMO_NAMESPACE].map(namespace),
    ...rbacObjects(),
    ...demoBindings(DEMO_NAMESPACE),
    {
      apiVersion: 'kubevirt.io/v1',
      kind: 'KubeVirt',
      metadata: { name: 'kubevirt-kubevirt-hyperconverged', namespace: 'openshift-cnv' },
      spec: {
        configuration: {
          developerConfiguration: { featureGates: ['Snapshot', 'VMExport', 'HotplugVolumes'] },
        },
      },
      status: {
        phase: 'Deployed',
        observedKubeVirtVersion: 'v1.9.0',
        targetKubeVirtVersion: 'v1.9.0',
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: NODE_NAME,
        labels: { 'kubernetes.io/hostname': NODE_NAME, 'node-role.kubernetes.io/worker': '' },
      },
      spec: {},
      status: {
        conditions: [
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
          },
        ],
      },
    },
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: {
        name: SNAPSHOT_CAPABLE_CLASS,
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: SNAPSHOT_CAPABLE_DRIVER,
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: true,
      parameters: { clusterID: 'openshift-storage', pool: 'ocs-storagecluster-cephblockpool' },
    },
    {
      apiVersion: 'snapshot.storage.k8s.io/v1',
      kind: 'VolumeSnapshotClass',
      metadata: {
        name: SNAPSHOT_CLASS,
        annotations: { 'snapshot.storage.kubernetes.io/is-default-class': 'true' },
        // The class Velero's CSI plugin picks for this driver (research/oadp-velero.md §0a).
        labels: { 'velero.io/csi-volumesnapshot-class': 'true' },
      },
      driver: SNAPSHOT_CAPABLE_DRIVER,
      deletionPolicy: 'Delete',
      parameters: { clusterID: 'openshift-storage' },
    },
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: NO_SNAPSHOT_CLASS },
      provisioner: NO_SNAPSHOT_DRIVER,
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
      parameters: { storagePool: 'local' },
    },
  ];
}
