import {
  Alert,
  Checkbox,
  ClipboardCopy,
  CodeBlock,
  CodeBlockCode,
  List,
  ListItem,
  Title,
} from '@patternfly/react-core';
import type { K8sResourceCommon, Patch } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { dump } from 'js-yaml';
import type { VMRef } from '../../scope/productLabels';
import { refKey } from '../wizardVMs';

export type ReviewPatch = { vm: VMRef; ops: Patch[] };

type ReviewStepProps = {
  object: K8sResourceCommon;
  summary: string[];
  patches: ReviewPatch[];
  consent: boolean;
  onConsent: (value: boolean) => void;
  requestError?: string;
};

/** Step 5: what will be sent, in YAML (copyable) and in words; consent to label VMs. */
export const ReviewStep = ({
  object,
  summary,
  patches,
  consent,
  onConsent,
  requestError,
}: ReviewStepProps) => {
  const { t } = usePluginTranslation();
  const yaml = dump(object, { noRefs: true, lineWidth: 120 });
  return (
    <>
      {requestError && (
        <Alert variant="danger" isInline title={t('The request failed')} data-test="request-error">
          {requestError}
        </Alert>
      )}
      <Title headingLevel="h3">{t('What it will contain')}</Title>
      <List data-test="review-summary">
        {summary.map((line) => (
          <ListItem key={line}>{line}</ListItem>
        ))}
      </List>
      {patches.length > 0 && (
        <div className="pf-v6-u-mt-md" data-test="label-consent-section">
          <Title headingLevel="h3">{t('Labels to add to VMs')}</Title>
          <p>
            {t(
              'These VMs have no label that tells them apart from the other VMs of their namespace. To back up only them, this label is added to each (a JSON patch of the VM):',
            )}
          </p>
          {patches.map((p) => (
            <CodeBlock key={refKey(p.vm)} data-test={`label-patch-${p.vm.namespace}-${p.vm.name}`}>
              <CodeBlockCode>{`${refKey(p.vm)}\n${JSON.stringify(p.ops, null, 2)}`}</CodeBlockCode>
            </CodeBlock>
          ))}
          <Checkbox
            id="vdp-label-consent"
            isChecked={consent}
            onChange={(_e, v) => onConsent(v)}
            label={t('Add these labels to the VMs')}
            data-test="label-consent"
          />
        </div>
      )}
      <Title headingLevel="h3" className="pf-v6-u-mt-md">
        {t('YAML')}
      </Title>
      <ClipboardCopy
        isCode
        isReadOnly
        variant="expansion"
        isExpanded
        hoverTip={t('Copy')}
        clickTip={t('Copied')}
        data-test="review-yaml"
      >
        {yaml}
      </ClipboardCopy>
    </>
  );
};
