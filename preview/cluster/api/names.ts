/** Name and metadata rules of the API server (apimachinery validation), with its wording. */
import type { StatusCause } from './errors';
import type { NameRule } from './resource-types';

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = `${LABEL}(\\.${LABEL})*`;
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';

const SUBDOMAIN_MESSAGE = `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${SUBDOMAIN}')`;
const LABEL_MESSAGE = `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${LABEL}')`;

/** Problems with a name, worded as apimachinery words them; empty when valid. */
export function nameProblems(name: string, rule: NameRule): string[] {
  const problems: string[] = [];
  if (rule === 'path-segment' || rule === 'subdomain' || rule === 'label') {
    if (name === '.' || name === '..') problems.push(`may not be '${name}'`);
    if (name.includes('/')) problems.push("may not contain '/'");
    if (name.includes('%')) problems.push("may not contain '%'");
  }
  if (rule === 'subdomain') {
    if (name.length > 253) problems.push('must be no more than 253 characters');
    if (!new RegExp(`^${SUBDOMAIN}$`).test(name)) problems.push(SUBDOMAIN_MESSAGE);
  }
  if (rule === 'label') {
    if (name.length > 63) problems.push('must be no more than 63 characters');
    if (!new RegExp(`^${LABEL}$`).test(name)) problems.push(LABEL_MESSAGE);
  }
  return [...new Set(problems)];
}

export function isValidPathSegment(name: string): boolean {
  return nameProblems(name, 'path-segment').length === 0;
}

export function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function invalidValue(field: string, value: unknown, problem: string): StatusCause {
  return {
    reason: 'FieldValueInvalid',
    field,
    message: `Invalid value: ${quote(value)}: ${problem}`,
  };
}

export function requiredValue(field: string, detail?: string): StatusCause {
  return {
    reason: 'FieldValueRequired',
    field,
    message: detail ? `Required value: ${detail}` : 'Required value',
  };
}

function qualifiedNameProblems(key: string): string[] {
  const slash = key.indexOf('/');
  const [prefix, name] = slash < 0 ? ['', key] : [key.slice(0, slash), key.slice(slash + 1)];
  const problems: string[] = [];
  if (slash >= 0 && (prefix.length === 0 || nameProblems(prefix, 'subdomain').length > 0)) {
    problems.push('prefix part ' + SUBDOMAIN_MESSAGE);
  }
  if (name.length === 0) problems.push('name part must be non-empty');
  else if (name.length > 63) problems.push('name part must be no more than 63 characters');
  else if (!new RegExp(`^${QUALIFIED_NAME}$`).test(name)) {
    problems.push(
      `name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '${QUALIFIED_NAME}')`,
    );
  }
  return problems;
}

/** Label and annotation checks of ObjectMeta validation. */
export function metadataMapProblems(
  field: 'labels' | 'annotations',
  map: Record<string, unknown>,
): StatusCause[] {
  const causes: StatusCause[] = [];
  for (const [key, value] of Object.entries(map)) {
    for (const problem of qualifiedNameProblems(key)) {
      causes.push(invalidValue(`metadata.${field}`, key, problem));
    }
    if (typeof value !== 'string') {
      causes.push({
        reason: 'FieldValueTypeInvalid',
        field: `metadata.${field}.${key}`,
        message: `Invalid value: ${quote(value)}: must be a string`,
      });
      continue;
    }
    if (field === 'labels' && value !== '') {
      if (value.length > 63)
        causes.push(invalidValue(`metadata.labels`, value, 'must be no more than 63 characters'));
      else if (!new RegExp(`^${QUALIFIED_NAME}$`).test(value)) {
        causes.push(
          invalidValue(
            'metadata.labels',
            value,
            `a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(${QUALIFIED_NAME})?')`,
          ),
        );
      }
    }
  }
  return causes;
}
