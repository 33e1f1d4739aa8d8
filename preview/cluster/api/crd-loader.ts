/** Turns the upstream CRD files in preview/cluster/crds/ into served resource types. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ALL_VERBS } from './resource-types';
import type { PrinterColumn, ResourceType } from './resource-types';
import { asArray, asString, isMap } from './types';
import type { JsonMap } from './types';

export const CRD_DIR = join(__dirname, '..', 'crds');

function strings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

function printerColumns(version: JsonMap): PrinterColumn[] {
  return asArray(version.additionalPrinterColumns)
    .filter(isMap)
    .map((c) => ({
      name: asString(c.name) ?? '',
      type: asString(c.type) ?? 'string',
      ...(asString(c.format) ? { format: asString(c.format) } : {}),
      ...(asString(c.description) ? { description: asString(c.description) } : {}),
      priority: typeof c.priority === 'number' ? c.priority : 0,
      jsonPath: asString(c.jsonPath) ?? '',
    }));
}

export function crdToResourceType(crd: unknown, file: string): ResourceType {
  if (!isMap(crd) || !isMap(crd.spec) || !isMap(crd.spec.names))
    throw new Error(`${file}: not a CRD`);
  const { spec } = crd;
  const names = crd.spec.names;
  const served = asArray(spec.versions)
    .filter(isMap)
    .filter((v) => v.served === true);
  const storage = served.find((v) => v.storage === true);
  if (!storage) throw new Error(`${file}: no served storage version`);
  const schemas = new Map<string, JsonMap>();
  for (const version of served) {
    const schema = isMap(version.schema) ? version.schema.openAPIV3Schema : undefined;
    if (isMap(schema)) schemas.set(asString(version.name) ?? '', schema);
  }
  const kind = asString(names.kind) ?? '';
  return {
    group: asString(spec.group) ?? '',
    versions: served.map((v) => asString(v.name) ?? ''),
    storageVersion: asString(storage.name) ?? '',
    kind,
    listKind: asString(names.listKind) ?? `${kind}List`,
    plural: asString(names.plural) ?? '',
    singular: asString(names.singular) ?? kind.toLowerCase(),
    shortNames: strings(names.shortNames),
    categories: strings(names.categories),
    namespaced: spec.scope === 'Namespaced',
    statusSubresource: isMap(storage.subresources) && 'status' in storage.subresources,
    verbs: ALL_VERBS,
    nameRule: 'subdomain',
    printerColumns: printerColumns(storage),
    custom: true,
    schemas,
  };
}

let cached: ResourceType[] | undefined;

/** Parsed once per process: the files are large (the VM schema alone is 670 kB). */
export function loadCrdTypes(dir = CRD_DIR): ResourceType[] {
  if (dir === CRD_DIR && cached) return cached;
  const types = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => crdToResourceType(yaml.load(readFileSync(join(dir, f), 'utf8')), f));
  if (dir === CRD_DIR) cached = types;
  return types;
}
