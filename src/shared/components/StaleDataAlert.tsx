import { Alert } from '@patternfly/react-core';
import { usePluginTranslation } from '../hooks/usePluginTranslation';

type StaleDataAlertProps = {
  /** What may be out of date, e.g. "This snapshot may be out of date" (translated). */
  title: string;
  /** The watch error; nothing is shown without one. */
  error: Error | undefined;
};

/**
 * A watch failed but its last data is still shown (the console keeps it): say so, and why.
 * It disappears by itself when the watch recovers.
 */
export const StaleDataAlert = ({ title, error }: StaleDataAlertProps) => {
  const { t } = usePluginTranslation();
  if (!error) {
    return null;
  }
  return (
    <Alert isInline variant="warning" title={title} data-test="stale-data">
      {t('Live updates failed: {{message}} What is shown is the last state received.', {
        message: error.message,
      })}
    </Alert>
  );
};
