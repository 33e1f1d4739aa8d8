import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useVeleroNamespace } from '../../hooks/useVeleroNamespace';
import { RestoreModel } from '../../k8s/models';

/** Whether the user may create Restores (only ever in the Velero namespace), and why not. */
export const useMayRestore = (): { allowed: boolean; loading: boolean; reason: string } => {
  const { t } = usePluginTranslation();
  const velero = useVeleroNamespace();
  const access = useAccess(RestoreModel, 'create', velero.namespace);
  return {
    allowed: access.allowed,
    loading: access.loading || !velero.loaded,
    reason: t('You may not create Restores in {{namespace}}.', { namespace: velero.namespace }),
  };
};
