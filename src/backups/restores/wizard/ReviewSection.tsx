import { CodeBlock, CodeBlockCode, FormGroup } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { dump } from 'js-yaml';
import type { VeleroRestore } from '../build/restoreTypes';

/** The exact Restore that will be sent. */
export const ReviewSection = ({ restore }: { restore: VeleroRestore }) => {
  const { t } = usePluginTranslation();
  return (
    <FormGroup label={t('Review')} fieldId="vdp-restore-yaml">
      <CodeBlock id="vdp-restore-yaml" data-test="restore-yaml">
        <CodeBlockCode>{dump(restore, { noRefs: true, lineWidth: -1 })}</CodeBlockCode>
      </CodeBlock>
    </FormGroup>
  );
};
