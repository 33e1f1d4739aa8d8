import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';

const LocationProbe = () => {
  const location = useLocation();
  return <output data-test="location-search">{location.search}</output>;
};

/** Render inside a router (tables keep filters in the URL); exposes the current search. */
export const renderWithRouter = (ui: ReactElement, initialEntry = '/') =>
  render(
    <MemoryRouter initialEntries={[initialEntry]}>
      {ui}
      <LocationProbe />
    </MemoryRouter>,
  );
