import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import type { ComponentProps } from 'react';

type Props = ComponentProps<typeof SDK.ListPageHeader>;

/** Page title row of a list page: title, badge, the primary action, help text and alert. */
export const ListPageHeader = ({ title, badge, children, helpText, helpAlert }: Props) => (
  <PageSection className="preview-page-header">
    {title || badge || children ? (
      <Flex
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
        alignItems={{ default: 'alignItemsCenter' }}
      >
        <FlexItem>
          {title ? (
            <Title headingLevel="h1" data-test="page-heading">
              {title}
              {badge ? <span className="preview-page-header__badge">{badge}</span> : null}
            </Title>
          ) : (
            badge
          )}
        </FlexItem>
        {children ? <FlexItem>{children}</FlexItem> : null}
      </Flex>
    ) : null}
    {helpText ? <Content component="p">{helpText}</Content> : null}
    {helpAlert}
  </PageSection>
);
