import type { V1Volume } from '@shared/k8s/types';

// Volume sources whose contents come from the VM spec (or objects it names), so a restore
// recreates them without any disk data; leaving them out of a snapshot loses nothing.
const SPEC_DEFINED_SOURCES = [
  'cloudInitNoCloud',
  'cloudInitConfigDrive',
  'configMap',
  'secret',
  'serviceAccount',
  'sysprep',
  'downwardAPI',
  'downwardMetrics',
] as const satisfies readonly (keyof V1Volume)[];

export const isSpecDefinedVolume = (volume: V1Volume | undefined): boolean =>
  !!volume && SPEC_DEFINED_SOURCES.some((source) => volume[source] !== undefined);
