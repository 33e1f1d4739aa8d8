/**
 * Just enough of the Kubernetes protobuf encoding for what kubectl sends that way: its typed
 * commands (`auth can-i`, `create namespace|configmap|secret`) use protobuf for built-in kinds.
 * The envelope is "k8s\0" + runtime.Unknown{typeMeta=1, raw=2}; field numbers come from the
 * generated.proto files of k8s.io/api. Answers go back as JSON, which kubectl accepts.
 */
import { errors } from '../api/errors';

export const PROTOBUF = 'application/vnd.kubernetes.protobuf';
const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

type Value = Buffer | number;
type Fields = Map<number, Value[]>;
type FieldType = 'string' | 'bytes' | 'bool' | 'strings' | 'stringMap' | 'bytesMap' | Schema;
interface Schema {
  [field: number]: [name: string, type: FieldType];
}

const RESOURCE_ATTRIBUTES: Schema = {
  1: ['namespace', 'string'],
  2: ['verb', 'string'],
  3: ['group', 'string'],
  4: ['version', 'string'],
  5: ['resource', 'string'],
  6: ['subresource', 'string'],
  7: ['name', 'string'],
};
const NON_RESOURCE_ATTRIBUTES: Schema = { 1: ['path', 'string'], 2: ['verb', 'string'] };
const OBJECT_META: Schema = {
  1: ['name', 'string'],
  2: ['generateName', 'string'],
  3: ['namespace', 'string'],
  11: ['labels', 'stringMap'],
  12: ['annotations', 'stringMap'],
  14: ['finalizers', 'strings'],
};

const KINDS: Record<string, Schema> = {
  SelfSubjectAccessReview: {
    1: ['metadata', OBJECT_META],
    2: [
      'spec',
      {
        1: ['resourceAttributes', RESOURCE_ATTRIBUTES],
        2: ['nonResourceAttributes', NON_RESOURCE_ATTRIBUTES],
      },
    ],
  },
  SelfSubjectRulesReview: {
    1: ['metadata', OBJECT_META],
    2: ['spec', { 1: ['namespace', 'string'] }],
  },
  SubjectAccessReview: {
    1: ['metadata', OBJECT_META],
    2: [
      'spec',
      {
        1: ['resourceAttributes', RESOURCE_ATTRIBUTES],
        2: ['nonResourceAttributes', NON_RESOURCE_ATTRIBUTES],
        3: ['user', 'string'],
        4: ['groups', 'strings'],
        6: ['uid', 'string'],
      },
    ],
  },
  Namespace: { 1: ['metadata', OBJECT_META], 2: ['spec', { 1: ['finalizers', 'strings'] }] },
  ConfigMap: {
    1: ['metadata', OBJECT_META],
    2: ['data', 'stringMap'],
    3: ['binaryData', 'bytesMap'],
    4: ['immutable', 'bool'],
  },
  Secret: {
    1: ['metadata', OBJECT_META],
    2: ['data', 'bytesMap'],
    3: ['type', 'string'],
    4: ['stringData', 'stringMap'],
    5: ['immutable', 'bool'],
  },
};

function readVarint(buffer: Buffer, offset: number): [number, number] {
  let result = 0;
  let position = offset;
  for (let shift = 0; shift < 64; shift += 7) {
    if (position >= buffer.length) throw new Error('truncated varint');
    const byte = buffer[position++];
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [result, position];
  }
  throw new Error('varint too long');
}

/** One message level: field number → values (bytes for length-delimited fields). */
function decodeFields(buffer: Buffer): Fields {
  const fields: Fields = new Map();
  let offset = 0;
  while (offset < buffer.length) {
    const [key, next] = readVarint(buffer, offset);
    const wire = key % 8;
    let value: Value;
    [value, offset] = wire === 0 ? readVarint(buffer, next) : [0, next];
    if (wire === 2) {
      const [length, start] = readVarint(buffer, next);
      if (start + length > buffer.length) throw new Error('truncated field');
      [value, offset] = [buffer.subarray(start, start + length), start + length];
    } else if (wire === 1 || wire === 5) offset = next + (wire === 1 ? 8 : 4);
    else if (wire !== 0) throw new Error(`unsupported wire type ${wire}`);
    const field = Math.floor(key / 8);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

const text = (v: Value | undefined) => (Buffer.isBuffer(v) ? v.toString('utf8') : '');

function mapOf(values: Value[], asBytes: boolean): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of values.filter((v): v is Buffer => Buffer.isBuffer(v))) {
    const fields = decodeFields(entry);
    const value = fields.get(2)?.[0];
    map[text(fields.get(1)?.[0])] =
      asBytes && Buffer.isBuffer(value) ? value.toString('base64') : text(value);
  }
  return map;
}

function decode(buffer: Buffer, schema: Schema): Record<string, unknown> {
  const fields = decodeFields(buffer);
  const result: Record<string, unknown> = {};
  for (const [number, values] of fields) {
    const spec = schema[number] as Schema[number] | undefined;
    if (!spec) continue;
    const [name, type] = spec;
    if (type === 'string') result[name] = text(values[0]);
    else if (type === 'bool') result[name] = values[0] === 1;
    else if (type === 'strings') result[name] = values.map(text);
    else if (type === 'stringMap' || type === 'bytesMap')
      result[name] = mapOf(values, type === 'bytesMap');
    else if (type !== 'bytes' && Buffer.isBuffer(values[0])) result[name] = decode(values[0], type);
  }
  return result;
}

/** Decodes a protobuf body of one of the kinds above into its JSON form. */
export function decodeProtobuf(body: Buffer): Record<string, unknown> {
  try {
    if (!body.subarray(0, 4).equals(MAGIC)) throw new Error('missing k8s protobuf magic');
    const envelope = decodeFields(body.subarray(4));
    const typeMetaBytes = envelope.get(1)?.[0];
    const typeMeta = Buffer.isBuffer(typeMetaBytes)
      ? decode(typeMetaBytes, { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] })
      : {};
    const schema = KINDS[String(typeMeta.kind)] as Schema | undefined;
    if (!schema) throw errors.unsupportedMediaType(['application/json', 'application/yaml']);
    const raw = envelope.get(2)?.[0];
    return { ...typeMeta, ...decode(Buffer.isBuffer(raw) ? raw : Buffer.alloc(0), schema) };
  } catch (error) {
    if (error instanceof Error && 'code' in error) throw error;
    throw errors.badRequest(
      `unable to decode protobuf body: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
