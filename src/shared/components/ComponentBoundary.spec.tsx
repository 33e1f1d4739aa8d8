import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ComponentBoundary } from './ComponentBoundary';

let fail = true;
const Flaky = () => {
  if (fail) {
    throw new Error('the watch hook threw');
  }
  return <p>recovered</p>;
};

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('ComponentBoundary', () => {
  it('shows the error instead of taking the host page down, and can try again', async () => {
    fail = true;
    render(
      <main>
        <h1>VM page</h1>
        <ComponentBoundary>
          <Flaky />
        </ComponentBoundary>
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'VM page' })).toBeInTheDocument();
    expect(screen.getByTestId('vdp-component-error')).toHaveTextContent(
      'This part of the page failed to displaythe watch hook threw',
    );
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeInTheDocument();
  });
});
