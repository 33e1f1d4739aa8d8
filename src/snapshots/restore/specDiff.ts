import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import { createTwoFilesPatch } from 'diff';
import { dump } from 'js-yaml';

/** YAML with sorted keys, so the diff shows real changes only. */
export const specYAML = (spec: V1VirtualMachineSpec | undefined): string =>
  spec ? dump(spec, { sortKeys: true, noRefs: true, lineWidth: -1 }) : '';

/** A unified diff of the VM's current spec against the spec a restore brings back. */
export const specDiffText = (
  current: V1VirtualMachineSpec | undefined,
  restored: V1VirtualMachineSpec | undefined,
  labels: { current: string; restored: string },
): string =>
  createTwoFilesPatch(
    labels.current,
    labels.restored,
    specYAML(current),
    specYAML(restored),
    undefined,
    undefined,
    { context: 3 },
  );

export type DiffLineKind = 'added' | 'removed' | 'hunk' | 'context';

/** Each line of a unified diff with its kind, for colouring; the file header is dropped. */
export const diffLines = (patch: string): { kind: DiffLineKind; text: string }[] =>
  patch
    .split('\n')
    .filter((line) => !/^(Index: |={10,}|--- |\+\+\+ )/.test(line))
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .map((text) => ({
      text,
      kind: text.startsWith('+')
        ? 'added'
        : text.startsWith('-')
          ? 'removed'
          : text.startsWith('@@')
            ? 'hunk'
            : 'context',
    }));
