/** The parsed, authenticated request a resource handler works on. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ResourceType } from '../api/resource-types';
import type { UserInfo } from '../auth/users';
import type { ClusterContext } from '../cluster-context';
import type { RequestInfo } from './request-info';

export interface ResourceRequest {
  context: ClusterContext;
  info: RequestInfo;
  type: ResourceType;
  user: UserInfo;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  readBody: () => Promise<Buffer>;
}

export interface HandlerResult {
  code: number;
  body: unknown;
  headers?: Record<string, string>;
}
