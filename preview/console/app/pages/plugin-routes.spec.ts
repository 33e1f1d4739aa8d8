import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { activeRoutes, routePatterns } from './plugin-routes';
import type { RouteExtension } from './plugin-routes';

const route = (properties: RouteExtension['properties'], uid = 'r'): RouteExtension => ({
  type: 'console.page/route',
  uid,
  pluginName: 'p',
  properties,
});

describe('routePatterns', () => {
  it('keeps an exact path as it is, without a trailing slash', () => {
    expect(routePatterns(route({ path: '/data-protection/', exact: true }))).toEqual([
      '/data-protection',
    ]);
  });

  it('matches a non-exact path as a prefix', () => {
    expect(routePatterns(route({ path: ['/a', '/b/c'] }))).toEqual(['/a/*', '/b/c/*']);
    expect(routePatterns(route({ path: '/' }))).toEqual(['/*']);
  });
});

describe('activeRoutes', () => {
  it('keeps routes of the active perspectives and those without one', () => {
    const extensions = [
      route({ path: '/x', perspective: 'dev' }, 'dev'),
      route({ path: '/y' }, 'any'),
      route({ path: '/z', perspective: 'admin' }, 'admin'),
      { type: 'console.page/resource/list', uid: 'other', properties: {} },
    ] as unknown as LoadedExtension[];
    expect(activeRoutes(extensions, ['admin']).map((e) => e.uid)).toEqual(['any', 'admin']);
  });
});
