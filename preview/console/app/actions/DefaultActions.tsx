import type { Action, K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { resourcePath } from '../../sdk/components/ResourceLink';
import {
  useAnnotationsModal,
  useDeleteModal,
  useLabelsModal,
} from '../../sdk/modals/useResourceModals';
import { ActionItem } from './ActionItem';

type Props = { model: K8sModel; resource: K8sResourceCommon; onDone: () => void };

/**
 * The generic list's actions for a kind no plugin provides actions for
 * (`default-resource.tsx` `useCommonResourceActions`, with its ids): Edit labels, Edit
 * annotations, Edit, Delete.
 */
export const DefaultActions = ({ model, resource, onDone }: Props) => {
  const labels = useLabelsModal(resource);
  const annotations = useAnnotationsModal(resource);
  const remove = useDeleteModal(resource);
  const actions = useMemo((): Action[] => {
    const name = resource.metadata?.name;
    const namespace = resource.metadata?.namespace;
    const review = (verb: 'patch' | 'update' | 'delete') => ({
      group: model.apiGroup ?? '',
      resource: model.plural,
      verb,
      name,
      namespace,
    });
    return [
      { id: 'edit-labels', label: 'Edit labels', cta: labels, accessReview: review('patch') },
      {
        id: 'edit-annotations',
        label: 'Edit annotations',
        cta: annotations,
        accessReview: review('patch'),
      },
      {
        id: 'edit-resource',
        label: `Edit ${model.kind}`,
        cta: { href: `${resourcePath(model, name, namespace)}/yaml` },
        accessReview: review('update'),
      },
      {
        id: 'delete-resource',
        label: `Delete ${model.kind}`,
        cta: remove,
        accessReview: review('delete'),
      },
    ];
  }, [annotations, labels, model, remove, resource]);
  return (
    <>
      {actions.map((a) => (
        <ActionItem key={a.id} action={a} onDone={onDone} />
      ))}
    </>
  );
};
