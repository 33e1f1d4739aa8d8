/** KubeVirt's VirtualMachineClone webhook (research/kubevirt-snapshots.md §2.1, §2.6). */
import { errors } from '../api/errors';
import type { StatusCause } from '../api/errors';
import type { VMClone } from '../api/kubevirt-types';
import { registerAdmission } from './admission';
import { featureGateEnabled } from './feature-gates';

const CLONE_WEBHOOK = 'virtualmachineclone-validator.kubevirt.io';
const SOURCE_KINDS: Record<string, string> = {
  VirtualMachine: 'kubevirt.io',
  VirtualMachineSnapshot: 'snapshot.kubevirt.io',
};
const MAC = /^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;

const cause = (field: string, message: string): StatusCause => ({
  reason: 'FieldValueInvalid',
  field,
  message,
});

function filterProblems(filters: string[] | undefined, field: string): StatusCause[] {
  return (filters ?? []).flatMap((filter, i) => {
    const problems: StatusCause[] = [];
    const star = filter.indexOf('*');
    if (star >= 0 && star !== filter.length - 1)
      problems.push(
        cause(`${field}[${i}]`, `wildcard "*" may only be used at the end of a filter: ${filter}`),
      );
    if (filter.lastIndexOf('!') > 0)
      problems.push(
        cause(
          `${field}[${i}]`,
          `negation "!" may only be used at the start of a filter: ${filter}`,
        ),
      );
    return problems;
  });
}

registerAdmission('clone.kubevirt.io', 'virtualmachineclones', (request) => {
  if (request.operation !== 'CREATE') return;
  const clone = request.object as VMClone;
  const causes: StatusCause[] = [];
  if (!featureGateEnabled(request.context, 'Snapshot'))
    causes.push(cause('spec', 'snapshot feature gate is not enabled'));
  // Mutating webhook: a clone without a target name gets a generated one.
  if (!clone.spec.target?.name && clone.spec.source.name) {
    const suffix = Math.random().toString(36).slice(2, 7);
    clone.spec.target = {
      apiGroup: 'kubevirt.io',
      kind: 'VirtualMachine',
      ...clone.spec.target,
      name: `${clone.spec.source.name}-clone-${suffix}`,
    };
  }
  const { source, target } = clone.spec;
  if (!source.apiGroup)
    causes.push(cause('spec.source.apiGroup', 'Source apiGroup cannot be empty'));
  if (!source.kind) causes.push(cause('spec.source.kind', 'Source kind cannot be empty'));
  if (!source.name) causes.push(cause('spec.source.name', 'Source name cannot be empty'));
  const expectedGroup = SOURCE_KINDS[source.kind] as string | undefined;
  if (source.kind && !expectedGroup)
    causes.push(cause('spec.source.kind', `Source kind ${source.kind} is not supported`));
  else if (expectedGroup && source.apiGroup && source.apiGroup !== expectedGroup) {
    causes.push(
      cause(
        'spec.source.apiGroup',
        `Source apiGroup ${source.apiGroup} is not supported for kind ${source.kind}`,
      ),
    );
  }
  if (target) {
    if (target.kind !== 'VirtualMachine')
      causes.push(cause('spec.target.kind', `Target kind ${target.kind} is not supported`));
    if (target.apiGroup !== undefined && target.apiGroup !== 'kubevirt.io')
      causes.push(
        cause('spec.target.apiGroup', `Target apiGroup ${target.apiGroup} is not supported`),
      );
    if (
      source.kind === 'VirtualMachine' &&
      target.kind === 'VirtualMachine' &&
      target.name === source.name
    ) {
      causes.push(cause('spec.target.name', 'Target name cannot be equal to source name'));
    }
  }
  for (const [iface, mac] of Object.entries(clone.spec.newMacAddresses ?? {})) {
    if (!MAC.test(mac))
      causes.push(cause(`spec.newMacAddresses.${iface}`, `invalid MAC address ${mac}`));
  }
  for (const [i, patch] of (clone.spec.patches ?? []).entries()) {
    try {
      JSON.parse(patch);
    } catch {
      causes.push(cause(`spec.patches[${i}]`, `patch is not a valid JSON object: ${patch}`));
    }
  }
  causes.push(
    ...filterProblems(clone.spec.labelFilters, 'spec.labelFilters'),
    ...filterProblems(clone.spec.annotationFilters, 'spec.annotationFilters'),
    ...filterProblems(clone.spec.template?.labelFilters, 'spec.template.labelFilters'),
    ...filterProblems(clone.spec.template?.annotationFilters, 'spec.template.annotationFilters'),
  );
  if (causes.length > 0) throw errors.webhookDenied(CLONE_WEBHOOK, causes);
});
