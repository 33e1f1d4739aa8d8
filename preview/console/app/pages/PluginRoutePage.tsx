import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useResolvedExtensionList } from '../../sdk/lazy-extensions';
import type { RouteExtension } from './plugin-routes';

type Resolved = RouteExtension & { properties: { component: ComponentType } };

/** A plugin's `console.page/route` page; its code loads on the first visit, as in the console. */
export const PluginRoutePage = ({ route }: { route: RouteExtension }) => {
  const list = useMemo(() => [route], [route]);
  const [resolved] = useResolvedExtensionList<Resolved>(list);
  const Page = resolved[0]?.properties.component;
  return Page ? <Page /> : null;
};
