/**
 * One entry of a Velero results file, read apart. Backup entries look like
 * `" resource: /<gr> name: /<name> message: /<msg> error: /<err>"` (each part optional,
 * research/velero-formats.md §3); restore entries are plain messages (§11). Both may name the
 * object only inside the error text: `(groupResource=<gr>, namespace=<ns>, name=<name>)` or
 * `<Kind>:<name>`.
 */
export type ResultEntry = {
  /** The message to show: the error, else the message, else the raw text. */
  text: string;
  message?: string;
  resource?: string;
  name?: string;
  /** Where the entry was filed: a namespace, or "velero"/"cluster". */
  filedUnder: string;
  /** The object the entry is about, when it can be told. */
  subject?: { resource: string; namespace?: string; name: string };
};

const PART = /(?:^| )(resource|name|message|error): \//g;

export const splitEntry = (raw: string): Record<string, string> => {
  const marks = [...raw.matchAll(PART)];
  const parts: Record<string, string> = {};
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : raw.length;
    parts[mark[1]] = raw.slice(start, end);
  });
  return parts;
};

const CUSTOM_ACTION = /groupResource=([^,]+), namespace=([^,]*), name=([^)]+)\)/;
const KIND_NAME: Record<string, string> = {
  VirtualMachine: 'virtualmachines.kubevirt.io',
  DataVolume: 'datavolumes.cdi.kubevirt.io',
  PersistentVolumeClaim: 'persistentvolumeclaims',
};
const KIND_REF = /\b(VirtualMachine|DataVolume|PersistentVolumeClaim):([a-z0-9][-a-z0-9.]*)/;

export const parseEntry = (raw: string, filedUnder: string): ResultEntry => {
  const parts = splitEntry(raw);
  const error = parts.error;
  const message = parts.message;
  const text = (error ?? message ?? raw).trim();
  const action = CUSTOM_ACTION.exec(raw);
  const kindRef = KIND_REF.exec(raw);
  const namespaced = filedUnder !== 'velero' && filedUnder !== 'cluster';
  const subject = action
    ? { resource: action[1], ...(action[2] ? { namespace: action[2] } : {}), name: action[3] }
    : parts.resource && parts.name
      ? {
          resource: parts.resource,
          ...(namespaced ? { namespace: filedUnder } : {}),
          name: parts.name,
        }
      : kindRef
        ? {
            resource: KIND_NAME[kindRef[1]],
            ...(namespaced ? { namespace: filedUnder } : {}),
            name: kindRef[2],
          }
        : undefined;
  return {
    text,
    filedUnder,
    ...(message !== undefined && error !== undefined ? { message: message.trim() } : {}),
    ...(parts.resource ? { resource: parts.resource } : {}),
    ...(parts.name ? { name: parts.name } : {}),
    ...(subject ? { subject } : {}),
  };
};
