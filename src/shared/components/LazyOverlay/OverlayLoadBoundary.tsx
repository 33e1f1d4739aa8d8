import { Alert, AlertActionCloseButton, AlertActionLink, AlertGroup } from '@patternfly/react-core';
import { Component } from 'react';
import type { ReactNode } from 'react';
import { usePluginTranslation } from '../../hooks/usePluginTranslation';
import { errorMessage } from '../../k8s/errorMessage';

type BoundaryProps = { closeOverlay: () => void; onRetry: () => void; children: ReactNode };

/** A toast, not a modal: Modal's code would weigh on every page that can open a dialog. */
const LoadFailed = ({
  error,
  closeOverlay,
  onRetry,
}: Omit<BoundaryProps, 'children'> & { error: unknown }) => {
  const { t } = usePluginTranslation();
  return (
    <AlertGroup isToast isLiveRegion>
      <Alert
        variant="danger"
        title={t('The dialog could not be loaded')}
        actionClose={<AlertActionCloseButton onClose={closeOverlay} />}
        actionLinks={<AlertActionLink onClick={onRetry}>{t('Try again')}</AlertActionLink>}
        data-test="overlay-load-error"
      >
        {errorMessage(error)}
      </Alert>
    </AlertGroup>
  );
};

/** Catches a failed chunk load of a lazy overlay (network, plugin redeployed). */
export class OverlayLoadBoundary extends Component<BoundaryProps, { error?: unknown }> {
  state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error === undefined) {
      return this.props.children;
    }
    return (
      <LoadFailed
        error={this.state.error}
        closeOverlay={this.props.closeOverlay}
        onRetry={this.props.onRetry}
      />
    );
  }
}
