/** What the preview server tells the app about its cluster (GET /_preview/config). */
export type PreviewConfig = {
  /** `local`: the simulated cluster with admin/developer/viewer; `remote`: a real cluster. */
  cluster: 'local' | 'remote';
  clusterURL: string;
  users: string[];
  defaultNamespace: string;
  pluginName: string;
  /** `npm start`: reload the page when the plugin is rebuilt (GET /_preview/plugin-builds). */
  reloadOnRebuild: boolean;
};

export const loadPreviewConfig = async (): Promise<PreviewConfig> => {
  const response = await window.fetch('/_preview/config');
  if (!response.ok) {
    throw new Error(`Preview server config: ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as PreviewConfig;
};
