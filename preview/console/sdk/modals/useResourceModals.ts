import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { ReactNode } from 'react';
import { useCallback } from 'react';
import type { To } from 'react-router';
import { useOverlay } from '../overlay';
import { DeleteModal } from './DeleteModal';
import { MetadataModal } from './MetadataModal';

export const useLabelsModal = ((resource: K8sResourceCommon) => {
  const launch = useOverlay();
  return useCallback(
    () => launch(MetadataModal, { resource, field: 'labels' as const }),
    [launch, resource],
  );
}) as typeof SDK.useLabelsModal;

export const useAnnotationsModal = ((resource: K8sResourceCommon) => {
  const launch = useOverlay();
  return useCallback(
    () => launch(MetadataModal, { resource, field: 'annotations' as const }),
    [launch, resource],
  );
}) as typeof SDK.useAnnotationsModal;

export const useDeleteModal = ((
  resource: K8sResourceCommon,
  redirectTo?: To,
  message?: ReactNode,
  btnText?: ReactNode,
) => {
  const launch = useOverlay();
  return useCallback(
    () => launch(DeleteModal, { resource, redirectTo, message, btnText }),
    [launch, resource, redirectTo, message, btnText],
  );
}) as typeof SDK.useDeleteModal;
