import type { PaginationTitles } from '@patternfly/react-core';
import { PaginationVariant } from '@patternfly/react-core';
import { usePluginTranslation } from '../../hooks/usePluginTranslation';

/**
 * Every title PatternFly's Pagination shows or announces, translated. Pagination replaces its
 * defaults as a whole when `titles` is given, so all of them are set. The two bars of one table
 * are each a navigation landmark: they get distinct names ("Pagination, top" / "…, bottom"),
 * as landmarks of the same kind must (axe `landmark-unique`).
 */
export const usePaginationTitles = (): Record<PaginationVariant, PaginationTitles> => {
  const { t } = usePluginTranslation();
  const common: PaginationTitles = {
    items: '',
    page: '',
    pages: '',
    itemsPerPage: t('Items per page'),
    perPageSuffix: t('per page'),
    toFirstPageAriaLabel: t('Go to first page'),
    toPreviousPageAriaLabel: t('Go to previous page'),
    toLastPageAriaLabel: t('Go to last page'),
    toNextPageAriaLabel: t('Go to next page'),
    // Empty: the toggle is named by what it shows ("1 - 10 of 12").
    optionsToggleAriaLabel: '',
    currPageAriaLabel: t('Current page'),
    ofWord: t('of'),
  };
  return {
    [PaginationVariant.top]: { ...common, paginationAriaLabel: t('Pagination, top') },
    [PaginationVariant.bottom]: { ...common, paginationAriaLabel: t('Pagination, bottom') },
  };
};
