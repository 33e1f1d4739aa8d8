import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { ScheduleModel } from '@backups/k8s/models';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toGroupVersionKind } from '@shared/k8s/models';
import type { CoverageRow } from '../rules/coverageRows';

const scheduleGVK = toGroupVersionKind(ScheduleModel);

/** The schedules whose backups will hold the VM (paused ones say so) and the soonest run. */
export const SchedulesCell = ({ row, namespace }: { row: CoverageRow; namespace: string }) => {
  const { t } = usePluginTranslation();
  if (!row.schedulesKnown) return <>{t('Unknown')}</>;
  if (!row.schedules.length) return <span data-test="no-schedule">{t('No schedule')}</span>;
  return (
    <>
      {row.schedules.map((s) => (
        <div key={s.name}>
          <ResourceLink groupVersionKind={scheduleGVK} name={s.name} namespace={namespace} inline />
          {s.paused && ` ${t('(paused)')}`}
        </div>
      ))}
      <div className="pf-v6-u-color-200" data-test="next-run">
        {row.nextRun ? (
          <>
            {t('Next run:')} <Timestamp timestamp={row.nextRun.toISOString()} />
          </>
        ) : (
          t('No run planned')
        )}
      </div>
    </>
  );
};
