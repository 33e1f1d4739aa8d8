import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextArea,
} from '@patternfly/react-core';
import { useState } from 'react';
import { k8sPatch } from '../k8s-resource';
import { findModel, getGroupVersionKindForResource } from '../models';

type Field = 'labels' | 'annotations';
type Props = { resource: K8sResourceCommon; field: Field; closeOverlay: () => void };

const toText = (map: Record<string, string> = {}) =>
  Object.entries(map)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');

/** `key=value` per line; returns the map or the first bad line. */
export const parseKeyValues = (text: string): Record<string, string> | { bad: string } => {
  const entries: [string, string][] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const at = line.indexOf('=');
    if (at <= 0) {
      return { bad: line };
    }
    entries.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return Object.fromEntries(entries);
};

/** The console's Edit labels / Edit annotations modal (a JSON patch of that metadata map). */
export const MetadataModal = ({ resource, field, closeOverlay }: Props) => {
  const [text, setText] = useState(() => toText(resource.metadata?.[field]));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const parsed = parseKeyValues(text);
  const bad = 'bad' in parsed ? parsed.bad : undefined;
  const title = field === 'labels' ? 'Edit labels' : 'Edit annotations';

  const save = async () => {
    const model = findModel(getGroupVersionKindForResource(resource));
    if (bad !== undefined || !model) {
      return;
    }
    setSaving(true);
    try {
      const op = resource.metadata?.[field] ? 'replace' : 'add';
      await k8sPatch({
        model,
        resource,
        data: [{ op, path: `/metadata/${field}`, value: parsed }],
      });
      closeOverlay();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };

  return (
    <Modal isOpen variant="small" onClose={closeOverlay} aria-labelledby="preview-metadata-title">
      <ModalHeader title={title} labelId="preview-metadata-title" />
      <ModalBody>
        <Form onSubmit={(e) => e.preventDefault()}>
          <FormGroup label={`${field} of ${resource.metadata?.name ?? ''}`} fieldId="preview-kv">
            <TextArea id="preview-kv" value={text} onChange={(_e, v) => setText(v)} rows={8} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={bad === undefined ? 'default' : 'error'}>
                  {bad === undefined ? 'One key=value per line.' : `Not key=value: ${bad}`}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          {error ? (
            <Alert isInline variant="danger" title="An error occurred">
              {error}
            </Alert>
          ) : null}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button onClick={() => void save()} isDisabled={bad !== undefined || saving}>
          Save
        </Button>
        <Button variant="link" onClick={closeOverlay}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
};
