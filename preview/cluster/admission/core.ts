/** Built-in admission of kube-apiserver: NamespaceLifecycle, DefaultStorageClass, core validation. */
import { errors } from '../api/errors';
import type { StatusCause } from '../api/errors';
import { requiredValue } from '../api/names';
import type { KubeObject } from '../api/types';
import { asArray, getPath, isMap } from '../api/types';
import { registerAdmission } from './admission';
import type { AdmissionRequest } from './admission';

function invalid(request: AdmissionRequest, causes: StatusCause[]): void {
  if (causes.length > 0) {
    throw errors.invalid(
      request.type.kind,
      request.type.group,
      request.object.metadata.name ?? '',
      causes,
    );
  }
}

// NamespaceLifecycle: no new objects in a namespace that is missing or terminating.
registerAdmission('*', '*', (request) => {
  const namespace = request.object.metadata.namespace;
  if (request.operation !== 'CREATE' || !request.type.namespaced || !namespace) return;
  const namespaces = request.context.registry.byGroupPlural('', 'namespaces');
  const found = request.context.objects.get(namespaces, undefined, namespace);
  if (!found) throw errors.notFound('namespaces', '', namespace);
  if (found.metadata.deletionTimestamp) {
    throw errors.forbidden(
      request.type.plural,
      request.type.group,
      request.object.metadata.name,
      `unable to create new content in namespace ${namespace} because it is being terminated`,
    );
  }
});

export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

// DefaultStorageClass: a claim without a class gets the default one.
registerAdmission('', 'persistentvolumeclaims', (request) => {
  const spec = request.object.spec;
  if (request.operation === 'CREATE' && isMap(spec) && spec.storageClassName === undefined) {
    const classes = request.context.objects.list(
      request.context.registry.byGroupPlural('storage.k8s.io', 'storageclasses'),
    );
    const fallback = classes.find(
      (c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true',
    );
    if (fallback) spec.storageClassName = fallback.metadata.name;
  }
  const causes: StatusCause[] = [];
  if (asArray(getPath(request.object, ['spec', 'accessModes'])).length === 0) {
    causes.push(requiredValue('spec.accessModes', 'at least 1 access mode is required'));
  }
  if (
    getPath(request.object, ['spec', 'resources', 'requests', 'storage']) === undefined &&
    getPath(request.object, ['spec', 'dataSourceRef']) === undefined
  ) {
    causes.push(requiredValue('spec.resources[storage]'));
  }
  if (request.operation === 'UPDATE' && request.oldObject && request.subresource !== 'status') {
    const specOf = (o: KubeObject) =>
      JSON.stringify({
        ...(isMap(o.spec) ? o.spec : {}),
        resources: undefined,
        volumeName: undefined,
      });
    if (specOf(request.object) !== specOf(request.oldObject)) {
      causes.push({
        reason: 'FieldValueForbidden',
        field: 'spec',
        message:
          'Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
      });
    }
  }
  invalid(request, causes);
});

registerAdmission('storage.k8s.io', 'storageclasses', (request) => {
  if (typeof request.object.provisioner !== 'string' || request.object.provisioner === '') {
    invalid(request, [requiredValue('provisioner')]);
  }
});

function checkRoleRef(request: AdmissionRequest): void {
  const roleRef = request.object.roleRef;
  if (!isMap(roleRef) || !roleRef.name || !roleRef.kind)
    invalid(request, [requiredValue('roleRef')]);
  if (
    request.operation === 'UPDATE' &&
    request.oldObject &&
    JSON.stringify(request.oldObject.roleRef) !== JSON.stringify(roleRef)
  ) {
    invalid(request, [
      {
        reason: 'FieldValueInvalid',
        field: 'roleRef',
        message: 'Invalid value: cannot change roleRef',
      },
    ]);
  }
}
registerAdmission('rbac.authorization.k8s.io', 'rolebindings', checkRoleRef);
registerAdmission('rbac.authorization.k8s.io', 'clusterrolebindings', checkRoleRef);
