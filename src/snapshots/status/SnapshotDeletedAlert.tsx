import { Alert } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

/** Shown in a dialog whose snapshot was deleted while it was open; nothing can be sent. */
export const SnapshotDeletedAlert = ({ name }: { name: string }) => {
  const { t } = usePluginTranslation();
  return (
    <Alert
      isInline
      variant="danger"
      title={t('This snapshot was deleted')}
      data-test="snapshot-deleted"
    >
      {t('The snapshot {{name}} no longer exists, so nothing can be done with it.', { name })}
    </Alert>
  );
};
