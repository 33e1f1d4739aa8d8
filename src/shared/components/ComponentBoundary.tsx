import { Alert, AlertActionLink, Bullseye, Spinner } from '@patternfly/react-core';
import { Component, Suspense } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PLUGIN_I18N_NAMESPACE } from '../hooks/usePluginTranslation';

// Without Suspense: the boundary's own texts must render while the namespace still loads.
const useBoundaryTranslation = () =>
  useTranslation(PLUGIN_I18N_NAMESPACE, { useSuspense: false }).t;

const Failed = ({ error, onRetry }: { error: Error; onRetry: () => void }) => {
  const t = useBoundaryTranslation();
  return (
    <Alert
      isInline
      variant="danger"
      title={t('This part of the page failed to display')}
      actionLinks={<AlertActionLink onClick={onRetry}>{t('Try again')}</AlertActionLink>}
      data-test="vdp-component-error"
    >
      {error.message}
    </Alert>
  );
};

const Loading = () => {
  const t = useBoundaryTranslation();
  return (
    <Bullseye>
      <Spinner aria-label={t('Loading')} />
    </Bullseye>
  );
};

type State = { error?: Error };

/**
 * An error boundary and Suspense of our own around a component the console mounts. Hosts
 * differ: kubevirt-plugin renders a VM tab with neither (console-runtime.md §1), so an error
 * or a suspension in our tab would otherwise take the whole VM page down or blank it.
 */
export class ComponentBoundary extends Component<
  { children?: ReactNode; onRetry?: () => void },
  State
> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('vm-data-protection-plugin: a component failed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (error) {
      const retry = () => {
        this.props.onRetry?.();
        this.setState({ error: undefined });
      };
      return <Failed error={error} onRetry={retry} />;
    }
    return <Suspense fallback={<Loading />}>{this.props.children}</Suspense>;
  }
}
