import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';

/** The properties of a `console.page/route` extension that decide where it shows. */
export type RouteExtension = LoadedExtension & {
  properties: { path: string | string[]; exact?: boolean; perspective?: string };
};

export const isRouteExtension = (e: LoadedExtension): e is RouteExtension =>
  e.type === 'console.page/route';

/**
 * The react-router patterns of a `console.page/route`: the console matches `exact` paths as
 * they are and the others as prefixes (react-router 5's `exact`), which in react-router 7 is a
 * trailing `/*`.
 */
export const routePatterns = (route: RouteExtension): string[] =>
  (Array.isArray(route.properties.path) ? route.properties.path : [route.properties.path]).map(
    (path) => {
      const trimmed = path.replace(/\/+$/, '') || '/';
      return route.properties.exact ? trimmed : `${trimmed === '/' ? '' : trimmed}/*`;
    },
  );

/**
 * The routes shown in the active perspective, as the console filters them: a route without a
 * perspective is shown in every one.
 */
export const activeRoutes = (extensions: LoadedExtension[], perspectives: string[]) =>
  extensions
    .filter(isRouteExtension)
    .filter((e) => !e.properties.perspective || perspectives.includes(e.properties.perspective));
