import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toModelRef } from '@shared/k8s/models';
import { Link } from 'react-router';
import { ScheduleModel } from '../../k8s/models';
import { useScheduleActions } from '../actions/useScheduleActions';
import type { ScheduleRow } from '../scheduleRows';
import { ScheduleStatus } from '../status/ScheduleStatus';

/** Breadcrumb back to the Schedules list, the name, the state, the actions. */
export const SchedulePageHeader = ({ row }: { row: ScheduleRow }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useScheduleActions(row.schedule);
  return (
    <PageSection>
      <Breadcrumb>
        <BreadcrumbItem
          render={() => (
            <Link to={`/k8s/all-namespaces/${toModelRef(ScheduleModel)}`}>
              {t('Backup schedules')}
            </Link>
          )}
        />
        <BreadcrumbItem isActive>{row.name}</BreadcrumbItem>
      </Breadcrumb>
      <Flex
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
        alignItems={{ default: 'alignItemsCenter' }}
        className="pf-v6-u-mt-md"
      >
        <FlexItem>
          <Title headingLevel="h1">{row.name}</Title>
          <ScheduleStatus state={row.state} validationErrors={row.validationErrors} />
        </FlexItem>
        <FlexItem>
          <ActionsMenu actions={actions} variant="button" isDisabled={!loaded} />
        </FlexItem>
      </Flex>
    </PageSection>
  );
};
