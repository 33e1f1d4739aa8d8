import { join } from 'node:path';
import { repoRoot } from './children';

export const PLUGIN_NAME = 'vm-data-protection-plugin';

/** A real cluster from the environment (PREVIEW_CLUSTER_URL + PREVIEW_CLUSTER_TOKEN), if set. */
export const remoteClusterFromEnv = () => {
  const url = process.env.PREVIEW_CLUSTER_URL;
  if (!url) {
    return undefined;
  }
  const token = process.env.PREVIEW_CLUSTER_TOKEN;
  if (!token) {
    throw new Error('PREVIEW_CLUSTER_URL needs PREVIEW_CLUSTER_TOKEN (for example `oc whoami -t`)');
  }
  return {
    url: new URL(url),
    token,
    insecure: process.env.PREVIEW_CLUSTER_INSECURE === 'true',
    local: false,
  };
};

export const defaultDistDir = join(repoRoot, 'dist');
