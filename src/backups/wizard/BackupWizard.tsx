import { Wizard, WizardHeader, WizardStep } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toModelRef } from '@shared/k8s/models';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { NonAdminBackupModel } from '../non-admin/nonAdminModels';
import { nonAdminCreatedHref } from '../non-admin/nonAdminWizardBackup';
import { NamespaceReadiness } from '../non-admin/NamespaceReadiness';
import { ReadinessChecklist } from '../readiness/ReadinessChecklist';
import type { VMRef } from '../scope/productLabels';
import { MethodStep } from './steps/MethodStep';
import { OptionsStep } from './steps/OptionsStep';
import { PreflightStep } from './steps/PreflightStep';
import { ReviewStep } from './steps/ReviewStep';
import { ScheduleStep } from './steps/ScheduleStep';
import { VMsStep } from './steps/VMsStep';
import type { BackupWizardData } from './useBackupWizardData';
import { useCreateDisabledReason } from './useCreateDisabledReason';
import { useCronChoice } from './useCronChoice';
import { useReviewSummary } from './useReviewSummary';
import { useSubmitBackup } from './useSubmitBackup';
import { useWizardModel, modelOf } from './useWizardModel';
import { useWizardProblemText } from './useWizardProblemText';
import { WizardReviewFooter } from './WizardReviewFooter';
import type { WizardValues } from './wizardValues';
import { defaultWizardValues } from './wizardValues';

type BackupWizardProps = { data: BackupWizardData; preselected: VMRef[]; asSchedule: boolean };

/** The backup wizard (DESIGN §6): PatternFly Wizard steps over one react-hook-form form. */
export const BackupWizard = ({ data, preselected, asSchedule }: BackupWizardProps) => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const form = useForm<WizardValues>({
    defaultValues: defaultWizardValues(preselected, asSchedule),
  });
  const values = form.watch();
  const set = <K extends keyof WizardValues>(key: K, value: WizardValues[K]) =>
    (form.setValue as (k: K, v: WizardValues[K]) => void)(key, value);
  const cron = useCronChoice(values);
  const model = useWizardModel(values, data, cron);
  const texts = useWizardProblemText(
    model.problems,
    data.locations,
    values.storageLocation,
    values.asSchedule,
  );
  const summary = useReviewSummary(
    model.spec,
    values.vms,
    values.asSchedule ? cron.words : undefined,
  );
  const disabledReason = useCreateDisabledReason(model, values, cron);
  const { submit, submitting, error } = useSubmitBackup();

  // The default location once locations load (or the first available one).
  const firstAvailable = data.locations.find((l) => l.available)?.name;
  useEffect(() => {
    if (!form.getValues('storageLocation') && firstAvailable)
      form.setValue('storageLocation', firstAvailable);
  }, [firstAvailable, form]);

  // Non-admin mode (src/backups/non-admin): a NonAdminBackup, then back to the VM's tab.
  const nonAdmin = data.nonAdminNamespace !== undefined;
  const create = async () => {
    if (!model.canCreate) return;
    const created = await submit({
      model: nonAdmin ? NonAdminBackupModel : modelOf(values),
      object: model.object,
      patches: model.patches.flatMap((p) => (p.object ? [{ vm: p.object, ops: p.ops }] : [])),
    });
    if (created)
      void navigate(
        nonAdmin
          ? nonAdminCreatedHref(values.vms)
          : `/k8s/ns/${data.veleroNamespace}/${toModelRef(modelOf(values))}/${created.metadata?.name ?? values.name}`,
      );
  };
  const optionsBad = !!(
    model.problems.name ||
    model.problems.ttl ||
    model.problems.storageLocation
  );
  return (
    <FormProvider {...form}>
      {data.nonAdminNamespace !== undefined ? (
        <NamespaceReadiness namespace={data.nonAdminNamespace} />
      ) : (
        <ReadinessChecklist checks={model.readiness.checks} />
      )}
      <Wizard
        header={
          <WizardHeader
            title={values.asSchedule ? t('Create schedule') : t('Create backup')}
            isCloseHidden
          />
        }
        onClose={() => void navigate(-1)}
        height={720}
        data-test="backup-wizard"
      >
        <WizardStep
          name={t('Virtual machines')}
          id="vms"
          footer={{ isNextDisabled: !!model.problems.vms }}
        >
          <VMsStep
            rows={model.rows}
            selected={values.vms}
            onChange={(v) => set('vms', v)}
            problem={texts.vms}
          />
        </WizardStep>
        <WizardStep name={t('Method')} id="method">
          <MethodStep method={values.method} onChange={(v) => set('method', v)} />
        </WizardStep>
        <WizardStep name={t('Options')} id="options" footer={{ isNextDisabled: optionsBad }}>
          <OptionsStep locations={data.locations} texts={texts} />
        </WizardStep>
        <WizardStep
          name={t('Preflight')}
          id="preflight"
          footer={{ isNextDisabled: model.needsAck && !values.partialAck }}
        >
          <PreflightStep
            rows={model.picked}
            needsAck={model.needsAck}
            acknowledged={values.partialAck}
            onAcknowledge={(v) => set('partialAck', v)}
          />
        </WizardStep>
        <WizardStep
          name={t('Schedule')}
          id="schedule"
          isHidden={!values.asSchedule}
          footer={{ isNextDisabled: !!cron.problem }}
        >
          <ScheduleStep {...cron} />
        </WizardStep>
        <WizardStep
          name={t('Review')}
          id="review"
          footer={
            <WizardReviewFooter
              asSchedule={values.asSchedule}
              canSchedule={!nonAdmin}
              canCreate={model.canCreate}
              submitting={submitting}
              disabledReason={disabledReason}
              onCreate={() => void create()}
              onCreateSchedule={() => set('asSchedule', true)}
            />
          }
        >
          <ReviewStep
            object={model.object}
            summary={summary}
            patches={model.patches}
            consent={values.labelConsent}
            onConsent={(v) => set('labelConsent', v)}
            requestError={error}
          />
        </WizardStep>
      </Wizard>
    </FormProvider>
  );
};
