import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazyOverlay } from './lazyOverlay';

type Props = { greeting: string; closeOverlay: () => void };

const Dialog = ({ greeting, closeOverlay }: Props) => (
  <button type="button" onClick={closeOverlay}>
    {greeting}
  </button>
);

describe('lazyOverlay', () => {
  beforeEach(() => {
    // React logs the error a boundary catches; the test asserts what the user sees instead.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('loads the component when first rendered and passes every prop through', async () => {
    const load = jest.fn(() => Promise.resolve(Dialog));
    const Lazy = lazyOverlay<{ greeting: string }>(load);
    expect(load).not.toHaveBeenCalled();
    const closeOverlay = jest.fn();
    render(<Lazy greeting="Hello" closeOverlay={closeOverlay} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hello' }));
    expect(closeOverlay).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows why the code could not be loaded, and Try again loads it anew', async () => {
    const load = jest
      .fn<Promise<typeof Dialog>, []>()
      .mockRejectedValueOnce(new Error('Loading chunk 42 failed.'))
      .mockResolvedValueOnce(Dialog);
    const Lazy = lazyOverlay<{ greeting: string }>(load);
    const closeOverlay = jest.fn();
    render(<Lazy greeting="Hello" closeOverlay={closeOverlay} />);
    const alert = await screen.findByTestId('overlay-load-error');
    expect(alert).toHaveTextContent('The dialog could not be loaded');
    expect(alert).toHaveTextContent('Loading chunk 42 failed.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Hello' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(closeOverlay).not.toHaveBeenCalled();
  });

  it('closing the error closes the overlay', async () => {
    const Lazy = lazyOverlay<{ greeting: string }>(() => Promise.reject(new Error('offline')));
    const closeOverlay = jest.fn();
    render(<Lazy greeting="Hello" closeOverlay={closeOverlay} />);
    await screen.findByTestId('overlay-load-error');
    await userEvent.click(screen.getByRole('button', { name: /close/i }));
    expect(closeOverlay).toHaveBeenCalledTimes(1);
  });
});
