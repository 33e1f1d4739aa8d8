import { FormGroup, FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

/**
 * Target in non-admin mode: fixed. The non-admin controller restores into the
 * NonAdminRestore's own namespace and refuses `namespaceMapping` ("NonAdminRestore
 * nonAdminRestore.spec.restoreSpec.namespaceMapping is restricted", oadp-non-admin
 * `ValidateRestoreSpec`); it sets the Velero Restore's includedNamespaces to that namespace.
 */
export const NonAdminRestoreTarget = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  return (
    <FormGroup label={t('Target namespace')} fieldId="vdp-restore-target">
      <p id="vdp-restore-target" data-test="restore-target-fixed">
        {t('The original namespace ({{namespace}})', { namespace })}
      </p>
      <FormHelperText>
        <HelperText>
          <HelperTextItem data-test="restore-target-helper">
            {t(
              'A namespace user restores into the backup’s own namespace only: OADP’s non-admin controller refuses a namespace mapping.',
            )}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
};
