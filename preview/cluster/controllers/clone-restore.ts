/**
 * What the clone controller puts into its temporary restore (research §2.6): patches for new
 * MAC addresses, SMBIOS serial, firmware UUID and label/annotation filters, then the user's.
 */
import type { ResourceType } from '../api/resource-types';
import type { VMClone, VMSnapshotContent } from '../api/kubevirt-types';
import type { KubeObject, StoredObject } from '../api/types';
import { admit } from '../admission';
import { impersonated } from '../auth/users';
import type { ClusterContext } from '../cluster-context';

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function keep(key: string, filters: string[] | undefined): boolean {
  const list = filters && filters.length > 0 ? filters : ['*'];
  let kept = false;
  for (const filter of list) {
    const negate = filter.startsWith('!');
    const pattern = negate ? filter.slice(1) : filter;
    const matches = pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
    if (matches) kept = !negate;
  }
  return kept;
}

export function cloneRestorePatches(
  clone: VMClone,
  content: VMSnapshotContent | undefined,
): string[] {
  const vm = content?.spec.source.virtualMachine;
  const patches: object[] = [];
  for (const [i, iface] of (vm?.spec.template.spec.domain?.devices?.interfaces ?? []).entries()) {
    const mac = clone.spec.newMacAddresses?.[iface.name];
    const path = `/spec/template/spec/domain/devices/interfaces/${i}/macAddress`;
    if (mac) patches.push({ op: 'add', path, value: mac });
    else if (iface.macAddress) patches.push({ op: 'remove', path });
  }
  const firmware = vm?.spec.template.spec.domain?.firmware;
  if (clone.spec.newSMBiosSerial)
    patches.push({
      op: 'add',
      path: '/spec/template/spec/domain/firmware/serial',
      value: clone.spec.newSMBiosSerial,
    });
  else if (firmware?.serial)
    patches.push({ op: 'remove', path: '/spec/template/spec/domain/firmware/serial' });
  if (firmware?.uuid)
    patches.push({ op: 'remove', path: '/spec/template/spec/domain/firmware/uuid' });
  for (const key of Object.keys(vm?.metadata.labels ?? {}))
    if (!keep(key, clone.spec.labelFilters))
      patches.push({ op: 'remove', path: `/metadata/labels/${escape(key)}` });
  for (const key of Object.keys(vm?.metadata.annotations ?? {}))
    if (!keep(key, clone.spec.annotationFilters))
      patches.push({ op: 'remove', path: `/metadata/annotations/${escape(key)}` });
  const template = vm?.spec.template.metadata;
  for (const key of Object.keys(template?.labels ?? {}))
    if (!keep(key, clone.spec.template?.labelFilters))
      patches.push({ op: 'remove', path: `/spec/template/metadata/labels/${escape(key)}` });
  for (const key of Object.keys(template?.annotations ?? {}))
    if (!keep(key, clone.spec.template?.annotationFilters))
      patches.push({ op: 'remove', path: `/spec/template/metadata/annotations/${escape(key)}` });
  return [...patches.map((p) => JSON.stringify(p)), ...(clone.spec.patches ?? [])];
}

/** Controllers that create objects through the API pass admission like any client. */
export function createThroughAdmission(
  context: ClusterContext,
  type: ResourceType,
  object: KubeObject,
): StoredObject {
  const prepared = context.objects.prepareCreate(type, object);
  admit({
    operation: 'CREATE',
    type,
    object: prepared,
    user: impersonated('system:serviceaccount:openshift-cnv:kubevirt-controller', [
      'system:serviceaccounts',
    ]),
    context,
  });
  return context.objects.insert(type, prepared);
}
