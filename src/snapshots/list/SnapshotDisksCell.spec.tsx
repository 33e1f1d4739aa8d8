import { render, screen } from '@testing-library/react';
import { makeSnapshot } from '../../test-utils/fixtures';
import { SnapshotDisksCell } from './SnapshotDisksCell';

const withVolumes = (includedVolumes: string[], excludedVolumes: string[]) =>
  makeSnapshot('s', 'vm-a', { snapshotVolumes: { includedVolumes, excludedVolumes } });

describe('SnapshotDisksCell: counts through i18next plurals', () => {
  it.each([
    [['root'], [], '1 disk included, 0 excluded'],
    [['root', 'data'], ['scratch'], '2 disks included, 1 excluded'],
    [[], ['a', 'b'], '0 disks included, 2 excluded'],
  ])('%j included, %j excluded → "%s"', (included, excluded, text) => {
    render(<SnapshotDisksCell snapshot={withVolumes(included, excluded)} />);
    expect(screen.getByTestId('snapshot-disks')).toHaveTextContent(text);
  });
});
