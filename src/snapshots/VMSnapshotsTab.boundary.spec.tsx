import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import { makeVM } from '../test-utils/fixtures';
import { VMSnapshotsTab } from './VMSnapshotsTab';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('Snapshots tab inside kubevirt-plugin (no boundary, no Suspense around it)', () => {
  it('keeps an error thrown inside the Snapshots tab inside the tab (kubevirt-plugin has no boundary)', () => {
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
    expect(screen.getByTestId('vdp-component-error')).toHaveTextContent('watch exploded');
  });

  it('renders nothing of ours while kubevirt-plugin has no VM to pass', () => {
    const { container } = render(<VMSnapshotsTab />);
    expect(container).toHaveTextContent('');
    expect(useK8sWatchResource).not.toHaveBeenCalled();
  });
});
