import { Alert } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ResultEntry } from '../results/resultEntry';

/** Errors, then warnings, each as Velero wrote it (rendered as text). */
export const EntryList = ({
  errors,
  warnings,
}: {
  errors: ResultEntry[];
  warnings: ResultEntry[];
}) => {
  const { t } = usePluginTranslation();
  const item = (entry: ResultEntry, variant: 'danger' | 'warning', i: number) => (
    <Alert
      key={`${variant}-${i}`}
      variant={variant}
      isInline
      isPlain
      title={
        entry.subject
          ? `${entry.subject.resource} ${entry.subject.name}`
          : variant === 'danger'
            ? t('Error')
            : t('Warning')
      }
      className="pf-v6-u-mb-sm"
    >
      {entry.message && <div>{entry.message}</div>}
      <div>{entry.text}</div>
    </Alert>
  );
  return (
    <>
      {errors.map((e, i) => item(e, 'danger', i))}
      {warnings.map((w, i) => item(w, 'warning', i))}
    </>
  );
};
