import { createContext, useContext } from 'react';
import type { VeleroBackup } from '../k8s/types';
import type { BackupStatusInfo } from '../status/backupStatus';
import type { BackupDetailsData } from './useBackupDetails';

export type LoadedBackupDetails = BackupDetailsData & {
  backup: VeleroBackup;
  status: BackupStatusInfo;
};

/** Hands the page's data to its tabs (HorizontalNav renders tab components without props). */
export const BackupDetailsContext = createContext<LoadedBackupDetails | undefined>(undefined);

export const useBackupDetailsContext = (): LoadedBackupDetails => {
  const data = useContext(BackupDetailsContext);
  if (!data) throw new Error('useBackupDetailsContext outside BackupDetailsContext');
  return data;
};
