import { HttpError, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { mockWatches } from '../../test-utils/mockWatches';
import { RestoreWizardPage } from '../restores/wizard/RestoreWizardPage';

// The seed's developer, opening the restore wizard from the nav: NonAdminBackups of demo.
const open = (nabs: [unknown[], boolean, HttpError?]) => {
  jest.mocked(useFlag).mockImplementation((flag) => ['VDP_OADP', 'VDP_NON_ADMIN'].includes(flag));
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
  mockWatches({ Namespace: [{ metadata: { name: 'demo' } }, true], NonAdminBackup: nabs });
  render(
    <MemoryRouter initialEntries={['/data-protection/restores/~new']}>
      <Routes>
        <Route path="/data-protection/restores/~new" element={<RestoreWizardPage />} />
      </Routes>
    </MemoryRouter>,
  );
};

test('the backups cannot be listed: the reason by the source, not an empty list alone', () => {
  open([[], false, new HttpError('etcdserver: request timed out', 500)]);
  expect(screen.getByTestId('restore-backups-error')).toHaveTextContent(
    'Backups could not be listed',
  );
  expect(screen.getByTestId('restore-backups-error')).toHaveTextContent(
    'etcdserver: request timed out',
  );
});

test('refused (403): said by who may restore, not as the server’s refusal', () => {
  open([[], false, new HttpError('nonadminbackups.oadp.openshift.io is forbidden', 403)]);
  expect(screen.queryByTestId('restore-backups-error')).not.toBeInTheDocument();
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
});
