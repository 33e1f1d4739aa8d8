import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import { makeVM } from '../test-utils/fixtures';
import { VMSnapshotsTab } from './VMSnapshotsTab';

// Compiling the body's modules is slow under jest; load them once so the lazy tab resolves quickly.
beforeAll(() => import('./VMSnapshotsTabBody'));

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('Snapshots tab inside kubevirt-plugin (no boundary, no Suspense around it)', () => {
  it('keeps an error thrown inside the Snapshots tab inside the tab (kubevirt-plugin has no boundary)', async () => {
    jest.mocked(useK8sWatchResource).mockImplementation(() => {
      throw new Error('watch exploded');
    });
    render(
      <main>
        <h1>vm-a</h1>
        <VMSnapshotsTab obj={makeVM()} />
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'vm-a' })).toBeInTheDocument();
    // The tab's body loads first (its own chunk), inside our Suspense.
    expect(screen.getByRole('progressbar', { name: 'Loading' })).toBeInTheDocument();
    expect(await screen.findByTestId('vdp-component-error')).toHaveTextContent('watch exploded');
  });

  it('renders nothing of ours while kubevirt-plugin has no VM to pass', async () => {
    const { container } = render(<VMSnapshotsTab />);
    await waitFor(() => expect(container).toBeEmptyDOMElement());
    expect(useK8sWatchResource).not.toHaveBeenCalled();
  });
});
