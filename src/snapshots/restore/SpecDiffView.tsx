import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import { CodeBlock, CodeBlockCode } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import { diffLines, specDiffText } from './specDiff';
import type { DiffLineKind } from './specDiff';

// PatternFly utility classes: no plugin CSS needed.
const CLASS: Record<DiffLineKind, string | undefined> = {
  added: 'pf-v6-u-text-color-status-success',
  removed: 'pf-v6-u-text-color-status-danger',
  hunk: 'pf-v6-u-text-color-subtle',
  context: undefined,
};

type SpecDiffViewProps = {
  current: V1VirtualMachineSpec | undefined;
  restored: V1VirtualMachineSpec | undefined;
};

/** The full unified diff, rendered as text (never as HTML). */
export const SpecDiffView = ({ current, restored }: SpecDiffViewProps) => {
  const { t } = usePluginTranslation();
  const patch = useMemo(
    () => specDiffText(current, restored, { current: t('Current VM'), restored: t('Snapshot') }),
    [current, restored, t],
  );
  const lines = diffLines(patch);
  if (!lines.length) {
    return <p>{t('No differences.')}</p>;
  }
  return (
    <CodeBlock>
      <CodeBlockCode data-test="spec-diff">
        {lines.map((line, i) => (
          <span key={i} className={CLASS[line.kind]} data-diff={line.kind}>
            {line.text}
            {'\n'}
          </span>
        ))}
      </CodeBlockCode>
    </CodeBlock>
  );
};
