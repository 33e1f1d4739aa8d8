import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

type Overlay = { id: number; Component: OverlayComponent; props: object };
type LaunchOverlay = ReturnType<typeof SDK.useOverlay>;

const OverlayContext = createContext<LaunchOverlay>(() => {
  throw new Error('useOverlay needs the OverlayProvider');
});

let nextId = 1;

/** Renders overlays launched with useOverlay next to the page, each with its own closeOverlay. */
export const OverlayProvider = ({ children }: { children?: ReactNode }) => {
  const [overlays, setOverlays] = useState<Overlay[]>([]);
  const launch = useCallback<LaunchOverlay>((Component, props) => {
    const id = nextId++;
    setOverlays((list) => [
      ...list,
      { id, Component: Component as OverlayComponent, props: props ?? {} },
    ]);
  }, []);
  const close = useCallback((id: number) => {
    setOverlays((list) => list.filter((o) => o.id !== id));
  }, []);
  const value = useMemo(() => launch, [launch]);
  return (
    <OverlayContext.Provider value={value}>
      {children}
      {overlays.map(({ id, Component, props }) => (
        <Component key={id} {...props} closeOverlay={() => close(id)} />
      ))}
    </OverlayContext.Provider>
  );
};

export const useOverlay = (() => useContext(OverlayContext)) as typeof SDK.useOverlay;
