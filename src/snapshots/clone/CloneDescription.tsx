import { Alert, AlertActionLink } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { errorMessage } from '@shared/k8s/errorMessage';
import type { V1beta1VirtualMachineClone } from '@shared/k8s/types';
import { useEffect, useState } from 'react';
import { applyDescription } from './applyDescription';
import { cloneProgress } from './cloneProgress';

type State = { kind: 'idle' | 'pending' | 'done' } | { kind: 'error'; message: string };

type CloneDescriptionProps = {
  clone: V1beta1VirtualMachineClone | undefined;
  target: string;
  namespace: string;
  description: string;
};

/**
 * Adds the description to the new VM once the clone succeeded: free text never goes into
 * clone patches, which KubeVirt splits on `,` and `:`.
 */
export const CloneDescription = ({
  clone,
  target,
  namespace,
  description,
}: CloneDescriptionProps) => {
  const { t } = usePluginTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const text = description.trim();
  const succeeded = cloneProgress(clone).state === 'succeeded';
  useEffect(() => {
    if (!succeeded || !text || state.kind !== 'idle') {
      return;
    }
    setState({ kind: 'pending' });
    applyDescription(target, namespace, text)
      .then(() => setState({ kind: 'done' }))
      .catch((err: unknown) => setState({ kind: 'error', message: errorMessage(err) }));
  }, [succeeded, target, text, namespace, state.kind]);

  if (state.kind === 'error') {
    return (
      <Alert
        isInline
        variant="warning"
        title={t('The description could not be added')}
        data-test="description-error"
        actionLinks={
          // The text lives only in this dialog: offer to send it again rather than lose it.
          <AlertActionLink onClick={() => setState({ kind: 'idle' })}>
            {t('Try again')}
          </AlertActionLink>
        }
      >
        {state.message}
      </Alert>
    );
  }
  if (!text || state.kind === 'done') {
    return state.kind === 'done' ? (
      <p data-test="description-applied">{t('Description added to the new VM.')}</p>
    ) : null;
  }
  // Said plainly: the description lives only in this dialog until the VM exists.
  return (
    <Alert
      isInline
      variant="info"
      title={t('The description is added once the VM exists')}
      data-test="description-pending"
    >
      {t(
        'Keep this dialog open until then. If you close it earlier, the description is not added to {{target}}; add it to the VM yourself.',
        { target },
      )}
    </Alert>
  );
};
