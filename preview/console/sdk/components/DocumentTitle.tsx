import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { ComponentProps } from 'react';
import { useEffect } from 'react';

export const DocumentTitle = ({ children }: ComponentProps<typeof SDK.DocumentTitle>) => {
  useEffect(() => {
    document.title = `${children} · VM Data Protection preview`;
  }, [children]);
  return null;
};
