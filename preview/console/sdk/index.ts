/**
 * The preview console's implementation of `@openshift-console/dynamic-plugin-sdk`: the module the
 * host puts in the plugin share scope. Only public SDK APIs are exported here (the plugin is
 * type-checked against the real SDK); host-only helpers are imported from their own files.
 */
export { HttpError } from './http-error';
export { consoleFetch, consoleFetchJSON, consoleFetchText } from './console-fetch';
export {
  k8sGet,
  k8sCreate,
  k8sUpdate,
  k8sPatch,
  k8sDelete,
  k8sList,
  k8sListItems,
} from './k8s-resource';
export {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
  useK8sModel,
  useK8sModels,
} from './models';
export { useK8sWatchResource } from './watch/useK8sWatchResource';
export { useK8sWatchResources } from './watch/useK8sWatchResources';
export { checkAccess, useAccessReview, useAccessReviewAllowed } from './rbac';
export { useActiveNamespace, useFlag } from './namespace-flags';
export { useOverlay } from './overlay';
export { ListPageHeader } from './components/ListPageHeader';
export { ResourceIcon, ResourceLink } from './components/ResourceLink';
export { Timestamp } from './components/Timestamp';
export { DocumentTitle } from './components/DocumentTitle';
export { HorizontalNav } from './components/HorizontalNav';
export { ResourceYAMLEditor } from './components/ResourceYAMLEditor';
export {
  BlueInfoCircleIcon,
  ErrorStatus,
  GenericStatus,
  GreenCheckCircleIcon,
  InfoStatus,
  PopoverStatus,
  ProgressStatus,
  RedExclamationCircleIcon,
  StatusComponent,
  StatusIconAndText,
  SuccessStatus,
  YellowExclamationTriangleIcon,
} from './components/statuses';
export { useAnnotationsModal, useDeleteModal, useLabelsModal } from './modals/useResourceModals';
