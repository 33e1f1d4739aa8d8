import { Alert, Bullseye, Button, PageSection, Spinner } from '@patternfly/react-core';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { initHostFlags } from './host-flags';
import { initPreviewFaults } from '../sdk/preview-faults';
import { initI18n } from './i18n';
import { bootstrap } from './plugin/bootstrap';
import { describeError } from './plugin/problems';
import { loadPreviewConfig } from './preview-config';
import { reloadOnPluginRebuild } from './reloadOnPluginRebuild';
import { initUser } from './users';

const root = createRoot(document.getElementById('app') as HTMLElement);

const Failed = ({ error }: { error: unknown }) => (
  <PageSection>
    <Alert variant="danger" title="The preview console could not start" data-test="startup-error">
      <p>{describeError(error)}</p>
      <Button variant="link" isInline onClick={() => window.location.reload()}>
        Try again
      </Button>
    </Alert>
  </PageSection>
);

const start = async () => {
  root.render(
    <Bullseye className="preview-loading">
      <Spinner aria-label="Loading the console" />
    </Bullseye>,
  );
  try {
    const config = await loadPreviewConfig();
    if (config.reloadOnRebuild) {
      reloadOnPluginRebuild();
    }
    const user = initUser(config.users);
    const hostFlags = initHostFlags();
    initPreviewFaults();
    await initI18n();
    const { extensions } = await bootstrap(config, hostFlags);
    root.render(
      <BrowserRouter>
        <App config={config} user={user} extensions={extensions} hostFlags={hostFlags} />
      </BrowserRouter>,
    );
  } catch (e) {
    root.render(<Failed error={e} />);
  }
};

void start();
