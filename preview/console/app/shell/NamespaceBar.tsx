import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useActiveNamespace } from '../../sdk/namespace-flags';
import { useWatch } from '../useWatch';

const NAMESPACES = { groupVersionKind: { version: 'v1', kind: 'Namespace' }, isList: true };

/** "Project: <ns>" above the page. Users who may not list namespaces see only the current one. */
export const NamespaceBar = () => {
  const [namespace, setNamespace] = useActiveNamespace();
  const [open, setOpen] = useState(false);
  const { data, loaded, loadError: error } = useWatch<K8sResourceCommon[]>(NAMESPACES);
  const names = useMemo(() => {
    const listed = loaded && !error ? data.map((n) => n.metadata?.name ?? '') : [];
    return Array.from(new Set([...listed, namespace]))
      .filter(Boolean)
      .sort();
  }, [data, loaded, error, namespace]);

  return (
    <div className="preview-namespace-bar" data-test="namespace-bar">
      <Select
        isOpen={open}
        onOpenChange={setOpen}
        selected={namespace}
        onSelect={(_e, value) => {
          setOpen(false);
          if (typeof value === 'string' && value !== namespace) {
            setNamespace(value);
          }
        }}
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            variant="plainText"
            onClick={() => setOpen(!open)}
            isExpanded={open}
            data-test="namespace-toggle"
          >
            Project: <strong>{namespace}</strong>
          </MenuToggle>
        )}
      >
        <SelectList>
          {names.map((n) => (
            <SelectOption key={n} value={n}>
              {n}
            </SelectOption>
          ))}
        </SelectList>
      </Select>
    </div>
  );
};
