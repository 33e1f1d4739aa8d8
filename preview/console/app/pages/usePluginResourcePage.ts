import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useHost } from '../../sdk/host-state';
import { useResolvedExtensionList } from '../../sdk/lazy-extensions';

type PageExtension<P> = LoadedExtension & {
  properties: {
    model: { group: string; version?: string; kind: string };
    component: ComponentType<P>;
  };
};

/**
 * A plugin's `console.page/resource/details` or `/list` for the model: exact
 * group/version/kind first, then one that names only group and kind (the console's lookup
 * order). Its code loads on this visit.
 */
export const usePluginResourcePage = <P>(
  type: 'console.page/resource/details' | 'console.page/resource/list',
  model: K8sModel | undefined,
) => {
  const { extensions } = useHost();
  const page = useMemo(() => {
    if (!model) {
      return [];
    }
    const pages = (extensions as PageExtension<P>[]).filter(
      (e) =>
        e.type === type &&
        e.properties.model.group === (model.apiGroup ?? '') &&
        e.properties.model.kind === model.kind,
    );
    const found =
      pages.find((e) => e.properties.model.version === model.apiVersion) ??
      pages.find((e) => !e.properties.model.version);
    return found ? [found] : [];
  }, [extensions, model, type]);
  const [resolved, done] = useResolvedExtensionList<PageExtension<P>>(page);
  return { exists: page.length > 0, Page: resolved[0]?.properties.component, done };
};
