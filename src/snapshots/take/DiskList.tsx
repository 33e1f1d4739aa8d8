import { List, ListItem } from '@patternfly/react-core';
import type { SnapshotDisk } from './diskEligibility';

type DiskListProps = { disks: SnapshotDisk[]; 'data-test'?: string };

/** Disk names, each with the controller's reason when it gave one (rendered as text). */
export const DiskList = ({ disks, 'data-test': dataTest }: DiskListProps) =>
  disks.length === 0 ? null : (
    <List data-test={dataTest}>
      {disks.map(({ name, reason }) => (
        <ListItem key={name}>
          <strong>{name}</strong>
          {reason ? ` — ${reason}` : null}
        </ListItem>
      ))}
    </List>
  );
