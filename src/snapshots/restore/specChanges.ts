import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import { specVolumes } from '../status/snapshotContent';

export type CpuTopology = { sockets: number; cores: number; threads: number; vcpus: number };
export type Change<T> = { before?: T; after?: T };
export type ItemChanges = { added: string[]; removed: string[]; changed: string[] };

/** What a restore changes in the VM spec, by the areas a VM owner thinks in. */
export type SpecChanges = {
  cpu?: Change<CpuTopology>;
  memory?: Change<string>;
  instancetype?: Change<string>;
  disks?: ItemChanges;
  networks?: ItemChanges;
  runStrategy?: Change<string>;
  /** Something outside these areas differs too (only the full diff shows it). */
  other: boolean;
};

/** JSON with sorted keys, so key order never counts as a change. */
export const stableJSON = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  ) ?? '';

const domainOf = (spec?: V1VirtualMachineSpec) => spec?.template?.spec?.domain;

const cpuOf = (spec?: V1VirtualMachineSpec): CpuTopology | undefined => {
  const cpu = domainOf(spec)?.cpu;
  if (!cpu?.sockets && !cpu?.cores && !cpu?.threads) {
    return undefined;
  }
  const [sockets, cores, threads] = [cpu.sockets ?? 1, cpu.cores ?? 1, cpu.threads ?? 1];
  return { sockets, cores, threads, vcpus: sockets * cores * threads };
};

const memoryOf = (spec?: V1VirtualMachineSpec) =>
  domainOf(spec)?.memory?.guest ?? domainOf(spec)?.resources?.requests?.memory;

const instancetypeOf = (spec?: V1VirtualMachineSpec) => spec?.instancetype?.name;

/** `runStrategy`, or what the legacy `running` flag means. */
export const runStrategyOf = (spec?: V1VirtualMachineSpec): string | undefined =>
  spec?.runStrategy ??
  (spec?.running === true ? 'Always' : spec?.running === false ? 'Halted' : undefined);

/** Each disk with its volume (and DataVolume template), keyed by disk name. */
const disksOf = (spec?: V1VirtualMachineSpec): Map<string, string> => {
  const volumes = new Map(specVolumes(spec).map((v) => [v.name, v]));
  const templates = new Map((spec?.dataVolumeTemplates ?? []).map((t) => [t.metadata?.name, t]));
  const names = new Set([
    ...(domainOf(spec)?.devices?.disks ?? []).map((d) => d.name),
    ...volumes.keys(),
  ]);
  return new Map(
    [...names].map((name) => {
      const disk = domainOf(spec)?.devices?.disks?.find((d) => d.name === name);
      const volume = volumes.get(name);
      const template = volume?.dataVolume ? templates.get(volume.dataVolume.name) : undefined;
      return [name, stableJSON({ disk, volume, template })];
    }),
  );
};

const networksOf = (spec?: V1VirtualMachineSpec): Map<string, string> => {
  const interfaces = domainOf(spec)?.devices?.interfaces ?? [];
  const networks = spec?.template?.spec?.networks ?? [];
  const names = new Set([...interfaces.map((i) => i.name), ...networks.map((n) => n.name)]);
  return new Map(
    [...names].map((name) => [
      name,
      stableJSON({
        iface: interfaces.find((i) => i.name === name),
        network: networks.find((n) => n.name === name),
      }),
    ]),
  );
};

const itemChanges = (before: Map<string, string>, after: Map<string, string>) => {
  const changes: ItemChanges = {
    added: [...after.keys()].filter((k) => !before.has(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
    changed: [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)),
  };
  return changes.added.length || changes.removed.length || changes.changed.length
    ? changes
    : undefined;
};

const change = <T>(before: T | undefined, after: T | undefined): Change<T> | undefined =>
  stableJSON(before) === stableJSON(after) ? undefined : { before, after };

/** The spec with the summarised areas removed, to tell whether anything else differs. */
const rest = (spec?: V1VirtualMachineSpec): unknown => {
  if (!spec) {
    return undefined;
  }
  const copy = JSON.parse(JSON.stringify(spec)) as V1VirtualMachineSpec;
  delete copy.runStrategy;
  delete copy.running;
  delete copy.instancetype;
  delete copy.dataVolumeTemplates;
  const vmi = copy.template?.spec;
  if (vmi) {
    delete vmi.volumes;
    delete vmi.networks;
    delete vmi.domain?.cpu;
    delete vmi.domain?.memory;
    delete vmi.domain?.resources;
    delete vmi.domain?.devices?.disks;
    delete vmi.domain?.devices?.interfaces;
  }
  return copy;
};

/** How the VM's current spec differs from the one stored in the snapshot content. */
export const summarizeSpecChanges = (
  current: V1VirtualMachineSpec | undefined,
  restored: V1VirtualMachineSpec | undefined,
): SpecChanges => ({
  cpu: change(cpuOf(current), cpuOf(restored)),
  memory: change(memoryOf(current), memoryOf(restored)),
  instancetype: change(instancetypeOf(current), instancetypeOf(restored)),
  disks: itemChanges(disksOf(current), disksOf(restored)),
  networks: itemChanges(networksOf(current), networksOf(restored)),
  runStrategy: change(runStrategyOf(current), runStrategyOf(restored)),
  other: stableJSON(rest(current)) !== stableJSON(rest(restored)),
});

export const hasSpecChanges = (changes: SpecChanges): boolean =>
  changes.other || Object.entries(changes).some(([key, value]) => key !== 'other' && !!value);
