import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { ActionGroup, Alert, Button, PageSection, TextArea, Title } from '@patternfly/react-core';
import { dump, load } from 'js-yaml';
import type { ComponentProps } from 'react';
import { useState } from 'react';
import { k8sUpdate } from '../k8s-resource';
import { findModel, getGroupVersionKindForResource } from '../models';

type Result = { variant: 'success' | 'danger'; text: string } | undefined;

const toYAML = (resource: K8sResourceCommon) => dump(resource, { lineWidth: -1, noRefs: true });

const versionOf = (text: string): string | undefined => {
  try {
    return (load(text) as K8sResourceCommon | undefined)?.metadata?.resourceVersion;
  } catch {
    return undefined;
  }
};

/**
 * A plain-text YAML editor (the console's is Monaco): shows the resource, saves it with a PUT
 * (or hands the text to `onSave`), and reloads the latest version on request.
 */
export const ResourceYAMLEditor = (props: ComponentProps<typeof SDK.ResourceYAMLEditor>) => {
  const { initialResource, header, onSave, readOnly, onChange, hideHeader } = props;
  const [text, setText] = useState(() => toYAML(initialResource));
  const [result, setResult] = useState<Result>();
  const [saving, setSaving] = useState(false);
  const newer = initialResource.metadata?.resourceVersion !== versionOf(text);

  const save = async () => {
    if (onSave) {
      onSave(text);
      return;
    }
    const model = findModel(getGroupVersionKindForResource(initialResource));
    if (!model) {
      setResult({ variant: 'danger', text: 'Unknown kind: cannot save.' });
      return;
    }
    setSaving(true);
    try {
      const saved = await k8sUpdate({ model, data: load(text) as K8sResourceCommon });
      setText(toYAML(saved));
      setResult({ variant: 'success', text: `${saved.metadata?.name ?? ''} has been updated.` });
    } catch (e) {
      setResult({ variant: 'danger', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageSection className="preview-yaml-editor">
      {hideHeader ? null : (
        <Title headingLevel="h2">{header ?? initialResource.kind ?? 'YAML'}</Title>
      )}
      <TextArea
        aria-label="YAML editor"
        data-test="yaml-editor"
        value={text}
        readOnlyVariant={readOnly ? 'default' : undefined}
        onChange={(_e, value) => {
          setText(value);
          onChange?.(value);
        }}
        rows={30}
        resizeOrientation="vertical"
        className="preview-yaml-editor__text"
      />
      {result ? <Alert isInline variant={result.variant} title={result.text} /> : null}
      {readOnly ? null : (
        <ActionGroup>
          <Button
            variant="primary"
            onClick={() => void save()}
            isLoading={saving}
            isDisabled={saving}
          >
            Save
          </Button>
          <Button
            variant="secondary"
            isDisabled={!newer}
            onClick={() => {
              setText(toYAML(initialResource));
              setResult(undefined);
            }}
          >
            Reload
          </Button>
        </ActionGroup>
      )}
    </PageSection>
  );
};
