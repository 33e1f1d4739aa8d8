import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { ModalShell } from './ModalShell';

const Form = ({
  onSubmit,
  closeOverlay,
  canSubmit = true,
}: {
  onSubmit: (value: string) => Promise<unknown>;
  closeOverlay: () => void;
  canSubmit?: boolean;
}) => {
  const [value, setValue] = useState('typed');
  return (
    <ModalShell
      title="Do it"
      submitLabel="Go"
      canSubmit={canSubmit}
      closeOverlay={closeOverlay}
      onSubmit={() => onSubmit(value)}
    >
      <input aria-label="field" value={value} onChange={(e) => setValue(e.target.value)} />
    </ModalShell>
  );
};

describe('ModalShell', () => {
  it('sends once on a double click and closes on success', async () => {
    const user = userEvent.setup();
    let resolve: (v: unknown) => void = () => undefined;
    const onSubmit = jest.fn(() => new Promise((r) => (resolve = r)));
    const closeOverlay = jest.fn();
    render(<Form onSubmit={onSubmit} closeOverlay={closeOverlay} />);
    await user.dblClick(screen.getByRole('button', { name: 'Go' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    resolve({});
    await waitFor(() => expect(closeOverlay).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('shows the server message, keeps what was typed and allows a retry', async () => {
    const user = userEvent.setup();
    const onSubmit = jest
      .fn<Promise<unknown>, [string]>()
      .mockRejectedValueOnce(new HttpError('admission webhook denied the request: nope', 422))
      .mockResolvedValueOnce({});
    const closeOverlay = jest.fn();
    render(<Form onSubmit={onSubmit} closeOverlay={closeOverlay} />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(
      await screen.findByText('admission webhook denied the request: nope'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'field' })).toHaveValue('typed');
    expect(closeOverlay).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onSubmit).toHaveBeenNthCalledWith(2, 'typed');
    await waitFor(() => expect(closeOverlay).toHaveBeenCalledTimes(1));
  });

  it('does not send while the form cannot be submitted, even with Enter', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(() => Promise.resolve());
    render(<Form onSubmit={onSubmit} closeOverlay={jest.fn()} canSubmit={false} />);
    expect(screen.getByRole('button', { name: 'Go' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'field' }), '{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('moves focus to Close when the form gives way to its result, so it is not lost', () => {
    const props = {
      title: 'Do it',
      submitLabel: 'Go',
      canSubmit: true,
      closeOverlay: jest.fn(),
      onSubmit: () => Promise.resolve(),
      closeOnSuccess: false,
    };
    const { rerender } = render(
      <ModalShell {...props}>
        <p>form</p>
      </ModalShell>,
    );
    expect(screen.getByRole('button', { name: 'Close' })).not.toHaveFocus();
    rerender(
      <ModalShell {...props} submitted>
        <p>progress</p>
      </ModalShell>,
    );
    // The header's × is also named Close: the footer's is the primary one.
    const footerClose = screen
      .getAllByRole('button', { name: 'Close' })
      .find((b) => b.textContent === 'Close');
    expect(footerClose).toHaveFocus();
  });
});
