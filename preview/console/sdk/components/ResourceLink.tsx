import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { findModel } from '../models';
import { getReferenceForModel } from '../models';

/** The console's URL of a resource (or of its list when `name` is omitted). */
export const resourcePath = (model: K8sModel, name?: string, namespace?: string): string => {
  let url = '/k8s/';
  if (!model.namespaced) {
    url += 'cluster/';
  } else {
    url += namespace ? `ns/${namespace}/` : 'all-namespaces/';
  }
  url += model.crd ? getReferenceForModel(model) : model.plural;
  return name ? `${url}/${encodeURIComponent(name)}` : url;
};

const kindOf = (kind?: string, gvk?: K8sGroupVersionKind) =>
  gvk?.kind ?? (kind?.includes('~') ? kind.split('~')[2] : kind) ?? '';

export const ResourceIcon = ({
  kind,
  groupVersionKind,
  className,
}: ComponentProps<typeof SDK.ResourceIcon>) => {
  const model = findModel(groupVersionKind ?? kind);
  const label = kindOf(kind, groupVersionKind);
  const abbr = model?.abbr ?? label.replace(/[^A-Z]/g, '').slice(0, 4);
  return (
    <span className={`preview-resource-icon ${className ?? ''}`} title={label}>
      {abbr}
    </span>
  );
};

/**
 * Icon + name, linked to the resource's console page. As the console's: no link when the
 * model is unknown, and `dataTest` goes on the `<a>` itself.
 */
export const ResourceLink = (props: ComponentProps<typeof SDK.ResourceLink>) => {
  const { kind, groupVersionKind, name, namespace, displayName, hideIcon, linkTo = true } = props;
  const { className, dataTest, inline, onClick, title, nameSuffix, children } = props;
  const model = findModel(groupVersionKind ?? kind);
  const value = displayName || name;
  const path = model && name ? resourcePath(model, name, namespace) : undefined;
  return (
    <span
      className={`preview-resource-link ${inline ? 'preview-resource-link--inline' : ''} ${className ?? ''}`}
    >
      {hideIcon ? null : <ResourceIcon kind={kind} groupVersionKind={groupVersionKind} />}
      {path && linkTo ? (
        <Link to={path} title={title} onClick={onClick} data-test-id={name} data-test={dataTest}>
          {value}
          {nameSuffix}
        </Link>
      ) : (
        <span title={title} data-test-id={name} data-test={dataTest}>
          {value}
          {nameSuffix}
        </span>
      )}
      {children}
    </span>
  );
};
