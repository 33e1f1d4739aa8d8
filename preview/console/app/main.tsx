import { Alert, Bullseye, Button, PageSection, Spinner } from '@patternfly/react-core';
import type { PluginStore } from '@openshift/dynamic-plugin-sdk';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { hostFlagDelayMs, initHostFlags } from './host-flags';
import { initPreviewFaults } from '../sdk/preview-faults';
import { initI18n } from './i18n';
import { bootstrap } from './plugin/bootstrap';
import { initServerFlags, useExtensionsInUse } from './plugin/host-plugins';
import { describeError } from './plugin/problems';
import { loadPreviewConfig } from './preview-config';
import type { PreviewConfig } from './preview-config';
import { reloadOnPluginRebuild } from './reloadOnPluginRebuild';
import { initUser } from './users';
import type { PreviewUser } from './users';

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

type LiveAppProps = {
  config: PreviewConfig;
  user: PreviewUser;
  store: PluginStore;
  hostFlags: Record<string, boolean>;
};

/** The app with the extensions in use now (they change when a flag is set). */
const LiveApp = ({ store, ...props }: LiveAppProps) => (
  <App {...props} extensions={useExtensionsInUse(store)} />
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
    initServerFlags(config.pluginName, hostFlags);
    initPreviewFaults();
    await initI18n();
    const { store } = await bootstrap(config, hostFlags, hostFlagDelayMs(hostFlags));
    root.render(
      <BrowserRouter>
        <LiveApp config={config} user={user} store={store} hostFlags={hostFlags} />
      </BrowserRouter>,
    );
  } catch (e) {
    root.render(<Failed error={e} />);
  }
};

void start();
