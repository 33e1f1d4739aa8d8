import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Suspense, lazy, useCallback, useState } from 'react';
import type { ComponentType } from 'react';
import { OverlayLoadBoundary } from './OverlayLoadBoundary';

type Props<P> = P & { closeOverlay: () => void };

/**
 * An overlay whose code loads when it is launched: the Snapshots tab loads on every VM page
 * view (kubevirt-plugin resolves every tab, research console-runtime.md point 6), so its
 * modals stay out of its chunk. When the chunk cannot be fetched it shows the error with a retry
 * (a failed `React.lazy` never retries, so retry makes a new one).
 */
export const lazyOverlay = <P extends object>(
  load: () => Promise<ComponentType<Props<P>>>,
): OverlayComponent<P> => {
  // The lazy component takes exactly the loaded component's props.
  const makeLazy = () =>
    lazy(() => load().then((component) => ({ default: component }))) as unknown as ComponentType<
      Props<P>
    >;
  let Lazy = makeLazy();
  const LazyOverlay = (props: Props<P>) => {
    const [attempt, setAttempt] = useState(0);
    const retry = useCallback(() => {
      Lazy = makeLazy();
      setAttempt((a) => a + 1);
    }, []);
    return (
      <OverlayLoadBoundary key={attempt} closeOverlay={props.closeOverlay} onRetry={retry}>
        {/* Nothing while the chunk arrives: a few milliseconds, and a spinner would need Modal. */}
        <Suspense fallback={null}>
          <Lazy {...props} />
        </Suspense>
      </OverlayLoadBoundary>
    );
  };
  return LazyOverlay as OverlayComponent<P>;
};
