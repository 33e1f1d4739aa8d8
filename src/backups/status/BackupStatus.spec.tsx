import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupStatus, SHORT_DETAIL_CHARS } from './BackupStatus';
import type { BackupStatusInfo } from './backupStatus';

const reason = `rpc error: code = Unknown desc = error putting object velero/backups/demo-nightly-20261129020000/velero-backup.json: RequestError: send request failed caused by: Put "https://dpa-sample-bucket.s3.local-cluster.svc/velero/backups/demo-nightly-20261129020000/velero-backup.json": dial tcp 172.30.0.10:443: connect: connection refused`;
const failed = {
  state: 'Failed',
  tone: 'danger',
  terminal: true,
  detail: reason,
} as BackupStatusInfo;

test('in a table cell a long reason is cut, and shown whole on hover', async () => {
  render(<BackupStatus status={failed} short />);
  expect(screen.getByTestId('status-detail')).toHaveTextContent(
    `${reason.slice(0, SHORT_DETAIL_CHARS).trimEnd()}…`,
  );
  await userEvent.hover(screen.getByTestId('backup-status'));
  expect(await screen.findByRole('tooltip')).toHaveTextContent(
    `The backup did not finish and cannot be restored.${reason}`,
  );
});

test('elsewhere (the details header) the reason is whole', () => {
  render(<BackupStatus status={failed} />);
  expect(screen.getByTestId('status-detail')).toHaveTextContent(reason);
});
