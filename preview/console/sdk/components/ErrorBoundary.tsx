import { Alert, PageSection } from '@patternfly/react-core';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type State = { error?: Error };

/** The console's per-tab error boundary: the tab shows the error, the page keeps working. */
export class ErrorBoundary extends Component<{ children?: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Error in a page tab', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) {
      return this.props.children;
    }
    return (
      <PageSection>
        <Alert
          isInline
          variant="danger"
          title="Oh no! Something went wrong."
          data-test="console-error-boundary"
        >
          {error.message}
        </Alert>
      </PageSection>
    );
  }
}
