import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import type { ComponentProps, ComponentType } from 'react';
import { useMemo } from 'react';
import { Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { translateLabel } from '../extension-label';
import { useHost } from '../host-state';
import { getGroupVersionKindForResource } from '../models';

type Page = { href: string; name: string; component: ComponentType<Record<string, unknown>> };
type TabExtension = {
  type: string;
  properties: {
    model: { group?: string; version: string; kind: string };
    page: { name: string; href: string };
    component: ComponentType<Record<string, unknown>>;
  };
};

/** `console.tab/horizontalNav` extensions whose model is exactly the resource's group/version/kind. */
export const useTabExtensions = (resource: K8sResourceCommon | undefined): Page[] => {
  const { extensions } = useHost();
  return useMemo(() => {
    if (!resource) {
      return [];
    }
    const gvk = getGroupVersionKindForResource(resource);
    return (extensions as unknown as TabExtension[])
      .filter((e) => e.type === 'console.tab/horizontalNav')
      .filter(({ properties: { model } }) => {
        return (
          (model.group ?? '') === (gvk.group ?? '') &&
          model.version === gvk.version &&
          model.kind === gvk.kind
        );
      })
      .filter((e) => typeof e.properties.component === 'function')
      .map((e) => ({
        href: e.properties.page.href,
        name: translateLabel(e.properties.page.name),
        component: e.properties.component,
      }));
  }, [extensions, resource]);
};

/** Tabs for a details page: the given pages plus the plugins' tabs for the resource's model. */
export const HorizontalNav = ({
  resource,
  pages,
  customData,
}: ComponentProps<typeof SDK.HorizontalNav>) => {
  const pluginPages = useTabExtensions(resource);
  const all = useMemo(
    () => [...(pages as unknown as Page[]), ...pluginPages],
    [pages, pluginPages],
  );
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const params = useParams();
  // The tab is what the page's route leaves unmatched (its splat); the rest is the page's URL.
  const rest = params['*'] ?? '';
  const base = pathname.slice(0, pathname.length - rest.length).replace(/\/$/, '');
  const active =
    all.find((p) => p.href && (rest === p.href || rest.startsWith(`${p.href}/`)))?.href ?? '';

  return (
    <>
      <Tabs
        activeKey={active}
        onSelect={(event, key) => {
          event.preventDefault();
          void navigate(key ? `${base}/${String(key)}` : base);
        }}
        className="preview-horizontal-nav"
        aria-label="Details tabs"
        data-test="horizontal-link"
      >
        {all.map((page) => (
          <Tab
            key={page.href}
            eventKey={page.href}
            href={page.href ? `${base}/${page.href}` : base}
            title={<TabTitleText>{page.name}</TabTitleText>}
            data-test-id={`horizontal-link-${page.name}`}
          />
        ))}
      </Tabs>
      <Routes>
        {all.map(({ href, component: Component }) => (
          <Route
            key={href}
            path={href ? `${href}/*` : ''}
            element={<Component obj={resource} params={params} customData={customData} />}
          />
        ))}
      </Routes>
    </>
  );
};
