/** OpenAPI v3 schemas of the built-in kinds, for /openapi/v3 (kubectl apply's patches). */
import type { ResourceType } from '../resource-types';
import type { JsonMap } from '../types';
import { coreSchemas } from './core';
import { podSchema } from './pod';

const SCHEMAS: Record<string, JsonMap> = { ...coreSchemas, Pod: podSchema };

/** The schema of a built-in kind; undefined for custom resources (theirs come from the CRD). */
export const builtinSchema = (type: ResourceType): JsonMap | undefined =>
  type.custom ? undefined : SCHEMAS[type.kind];
