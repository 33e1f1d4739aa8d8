import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionsMenu } from './ActionsMenu';

const action = (over: Partial<Action>): Action => ({
  id: 'go',
  label: 'Go',
  cta: jest.fn(),
  ...over,
});

describe('ActionsMenu', () => {
  it('names the kebab toggle and runs an enabled action once, then closes', async () => {
    const user = userEvent.setup();
    const run = jest.fn();
    render(<ActionsMenu actions={[action({ cta: run })]} label="Actions for snap-1" />);
    const toggle = screen.getByRole('button', { name: 'Actions for snap-1' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Go' }));
    expect(run).toHaveBeenCalledTimes(1);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts focus back on the toggle before the action runs, so a dialog returns focus there', async () => {
    const user = userEvent.setup();
    let toggleFocusedWhenRun = false;
    const run = jest.fn(() => {
      toggleFocusedWhenRun = screen
        .getByRole('button', { name: 'Actions for snap-1' })
        .matches(':focus');
    });
    render(<ActionsMenu actions={[action({ cta: run })]} label="Actions for snap-1" />);
    const toggle = screen.getByRole('button', { name: 'Actions for snap-1' });
    await user.click(toggle);
    await user.click(screen.getByRole('menuitem', { name: 'Go' }));
    expect(run).toHaveBeenCalledTimes(1);
    expect(toggleFocusedWhenRun).toBe(true);
    expect(toggle).toHaveFocus();
  });

  it('shows a disabled action with its reason and does not run it', async () => {
    const user = userEvent.setup();
    const run = jest.fn();
    render(
      <ActionsMenu
        actions={[action({ cta: run, disabled: true, disabledTooltip: 'Stop the VM first.' })]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    const item = screen.getByRole('menuitem', { name: /Go/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveTextContent('Stop the VM first.');
    await user.click(item);
    expect(run).not.toHaveBeenCalled();
  });

  it('disables an action the access review refuses, saying so', async () => {
    const user = userEvent.setup();
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const run = jest.fn();
    render(
      <ActionsMenu
        actions={[
          action({
            cta: run,
            accessReview: { group: 'x', resource: 'ys', verb: 'create', namespace: 'ns' },
          }),
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    const item = screen.getByRole('menuitem', { name: /Go/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveTextContent('You do not have permission to perform this action.');
    expect(useAccessReview).toHaveBeenCalledWith({
      group: 'x',
      resource: 'ys',
      verb: 'create',
      namespace: 'ns',
    });
  });

  it('renders a labelled button for page headers and links for href actions', async () => {
    const user = userEvent.setup();
    render(
      <ActionsMenu variant="button" actions={[action({ cta: { href: '/k8s/somewhere' } })]} />,
    );
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.getByRole('menuitem', { name: 'Go' })).toHaveAttribute('href', '/k8s/somewhere');
  });
});
