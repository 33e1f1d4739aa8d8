/**
 * What the plugin build gets for `react-dom` (webpack alias). The console does not share
 * react-dom with plugins (only `react`), so PatternFly's one use of it, `createPortal`, would
 * bundle a second whole react-dom (40 KB gzip) into every page of ours. A portal is only an
 * element that the console's own react-dom renders; this makes the same element React 18's
 * `createPortal` makes (checked against the real one in portalOnlyReactDOM.spec.ts, which also
 * fails if PatternFly or our code starts using any other react-dom API).
 */
import type { ReactNode, ReactPortal } from 'react';

const REACT_PORTAL_TYPE = Symbol.for('react.portal');

export const createPortal = (
  children: ReactNode,
  container: Element | DocumentFragment,
  key?: string | null,
): ReactPortal =>
  ({
    $$typeof: REACT_PORTAL_TYPE,
    key: key ?? null,
    children,
    containerInfo: container,
    implementation: null,
  }) as unknown as ReactPortal;
