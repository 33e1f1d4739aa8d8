import { BackupDetailsView } from './BackupDetailsView';
import { useBackupDetails } from './useBackupDetails';

type BackupDetailsPageProps = { name: string; namespace: string };

/** `console.page/resource/details` for velero.io Backups: one data hook, one view. */
export const BackupDetailsPage = ({ name, namespace }: BackupDetailsPageProps) => {
  const data = useBackupDetails(name, namespace);
  return <BackupDetailsView data={data} />;
};

export default BackupDetailsPage;
