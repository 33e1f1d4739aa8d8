import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Spinner,
} from '@patternfly/react-core';
import { ExclamationCircleIcon, SearchIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '../../hooks/usePluginTranslation';

export const TableLoading = () => {
  const { t } = usePluginTranslation();
  return (
    <Bullseye>
      <Spinner aria-label={t('Loading')} />
    </Bullseye>
  );
};

export const TableError = ({ title, error }: { title: string; error: Error }) => (
  <EmptyState titleText={title} headingLevel="h4" icon={ExclamationCircleIcon} status="danger">
    <EmptyStateBody>{error.message}</EmptyStateBody>
  </EmptyState>
);

export const TableNoMatches = ({ onClear }: { onClear: () => void }) => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState titleText={t('No results match the filters')} headingLevel="h4" icon={SearchIcon}>
      <EmptyStateBody>{t('Change or clear the filters to see more.')}</EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="link" onClick={onClear}>
            {t('Clear all filters')}
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};
