import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { StatusComponent } from '../../sdk/components/statuses';

type WithStatus = K8sResourceCommon & {
  status?: {
    printableStatus?: string;
    phase?: string;
    conditions?: { type: string; status: string }[];
  };
};

/** A resource's one-word status: VM printableStatus, else phase, else its Ready condition. */
export const statusWord = (obj: K8sResourceCommon): string | undefined => {
  const { status } = obj as WithStatus;
  if (status?.printableStatus) {
    return status.printableStatus;
  }
  if (status?.phase) {
    return status.phase;
  }
  const ready = status?.conditions?.find((c) => c.type === 'Ready');
  return ready ? (ready.status === 'True' ? 'Ready' : 'Not ready') : undefined;
};

export const ResourceStatusText = ({ obj }: { obj: K8sResourceCommon }) => {
  const word = statusWord(obj);
  return word ? <StatusComponent status={word} /> : <>-</>;
};
