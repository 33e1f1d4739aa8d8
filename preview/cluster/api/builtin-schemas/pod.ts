/** io.k8s.api.core.v1.Pod, to the depth the simulated virt-launcher pods and kubectl need. */
import type { JsonMap } from '../types';
import {
  atomicList,
  bool,
  conditions,
  int,
  int64,
  kind,
  mapOf,
  mergedList,
  obj,
  opaque,
  quantity,
  str,
  time,
} from './schema-builders';

const resources = obj({
  limits: mapOf(quantity),
  requests: mapOf(quantity),
  claims: mergedList(obj({ name: str, request: str }), 'name'),
});

const envVar = obj({ name: str, value: str, valueFrom: opaque }, ['name']);

const containerPort = obj(
  { name: str, containerPort: int, protocol: str, hostPort: int, hostIP: str },
  ['containerPort'],
);

const volumeMount = obj(
  {
    name: str,
    mountPath: str,
    readOnly: bool,
    subPath: str,
    subPathExpr: str,
    mountPropagation: str,
    recursiveReadOnly: str,
  },
  ['name', 'mountPath'],
);

const container = obj(
  {
    name: str,
    image: str,
    imagePullPolicy: str,
    command: atomicList(str),
    args: atomicList(str),
    workingDir: str,
    env: mergedList(envVar, 'name'),
    envFrom: atomicList(opaque),
    ports: mergedList(containerPort, 'containerPort', ['containerPort', 'protocol']),
    resources,
    volumeMounts: mergedList(volumeMount, 'mountPath'),
    volumeDevices: mergedList(obj({ name: str, devicePath: str }), 'devicePath'),
    securityContext: opaque,
    livenessProbe: opaque,
    readinessProbe: opaque,
    startupProbe: opaque,
    lifecycle: opaque,
    restartPolicy: str,
    terminationMessagePath: str,
    terminationMessagePolicy: str,
    stdin: bool,
    tty: bool,
  },
  ['name'],
);

const volume = obj(
  {
    name: str,
    persistentVolumeClaim: obj({ claimName: str, readOnly: bool }),
    configMap: obj({ name: str, items: atomicList(opaque), defaultMode: int, optional: bool }),
    secret: obj({ secretName: str, items: atomicList(opaque), defaultMode: int, optional: bool }),
    emptyDir: obj({ medium: str, sizeLimit: quantity }),
    hostPath: obj({ path: str, type: str }),
    downwardAPI: opaque,
    projected: opaque,
    ephemeral: opaque,
    csi: opaque,
  },
  ['name'],
);

const podSpec = obj({
  containers: mergedList(container, 'name'),
  initContainers: mergedList(container, 'name'),
  volumes: { ...mergedList(volume, 'name'), 'x-kubernetes-patch-strategy': 'merge,retainKeys' },
  nodeName: str,
  nodeSelector: { ...mapOf(str), 'x-kubernetes-map-type': 'atomic' },
  restartPolicy: str,
  serviceAccountName: str,
  automountServiceAccountToken: bool,
  terminationGracePeriodSeconds: int64,
  activeDeadlineSeconds: int64,
  dnsPolicy: str,
  hostname: str,
  subdomain: str,
  priorityClassName: str,
  schedulerName: str,
  securityContext: opaque,
  affinity: opaque,
  tolerations: atomicList(opaque),
  imagePullSecrets: mergedList(obj({ name: str }), 'name'),
});

const podStatus = obj({
  phase: str,
  conditions,
  message: str,
  reason: str,
  nominatedNodeName: str,
  hostIP: str,
  podIP: str,
  podIPs: mergedList(obj({ ip: str }), 'ip'),
  startTime: time,
  qosClass: str,
  containerStatuses: atomicList(opaque),
  initContainerStatuses: atomicList(opaque),
});

export const podSchema: JsonMap = kind({ spec: podSpec, status: podStatus });
