import { CodeBlock, CodeBlockCode, FormGroup } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { dump } from 'js-yaml';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/** The exact Restore (or NonAdminRestore) that will be sent. */
export const ReviewSection = ({ restore }: { restore: K8sResourceCommon }) => {
  const { t } = usePluginTranslation();
  return (
    <FormGroup label={t('Review')} fieldId="vdp-restore-yaml">
      <CodeBlock id="vdp-restore-yaml" data-test="restore-yaml">
        <CodeBlockCode>{dump(restore, { noRefs: true, lineWidth: -1 })}</CodeBlockCode>
      </CodeBlock>
    </FormGroup>
  );
};
