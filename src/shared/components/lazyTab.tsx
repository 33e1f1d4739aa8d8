import { lazy, useCallback, useState } from 'react';
import type { ComponentType } from 'react';
import { ComponentBoundary } from './ComponentBoundary';

/**
 * A VM tab whose body loads only when the tab is shown. kubevirt-plugin resolves every VM tab's
 * module on every VM page view (console-runtime.md point 6), so the exposed module is this
 * small shell: our own boundary and Suspense (kubevirt-plugin gives neither), and a retry that
 * loads the chunk again (a rejected `React.lazy` never retries).
 */
export const lazyTab = <P extends object>(load: () => Promise<ComponentType<P>>) => {
  const makeLazy = () =>
    lazy(() => load().then((component) => ({ default: component }))) as unknown as ComponentType<P>;
  let Body = makeLazy();
  const LazyTab = (props: P) => {
    const [, setAttempt] = useState(0);
    const retry = useCallback(() => {
      Body = makeLazy();
      setAttempt((a) => a + 1);
    }, []);
    return (
      <ComponentBoundary onRetry={retry}>
        <Body {...props} />
      </ComponentBoundary>
    );
  };
  return LazyTab;
};
