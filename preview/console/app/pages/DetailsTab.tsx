import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  PageSection,
  Title,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Timestamp } from '../../sdk/components/Timestamp';
import { ResourceStatusText } from './status';

type VMLike = K8sResourceCommon & { spec?: { runStrategy?: string; running?: boolean } };

const Item = ({ term, children }: { term: string; children: ReactNode }) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

/** The generic Details tab: metadata, status and (for VMs) the run strategy. */
export const DetailsTab = ({ obj }: { obj: K8sResourceCommon }) => {
  const { metadata = {} } = obj;
  const { spec } = obj as VMLike;
  const runStrategy =
    spec?.runStrategy ??
    (spec?.running === undefined ? undefined : spec.running ? 'Always' : 'Halted');
  return (
    <PageSection>
      <Title headingLevel="h2">{obj.kind} details</Title>
      <DescriptionList columnModifier={{ lg: '2Col' }} className="pf-v6-u-mt-md">
        <Item term="Name">{metadata.name}</Item>
        {metadata.namespace ? <Item term="Namespace">{metadata.namespace}</Item> : null}
        <Item term="Status">
          <ResourceStatusText obj={obj} />
        </Item>
        {runStrategy ? <Item term="Run strategy">{runStrategy}</Item> : null}
        <Item term="Labels">
          {Object.keys(metadata.labels ?? {}).length ? (
            <LabelGroup>
              {Object.entries(metadata.labels ?? {}).map(([k, v]) => (
                <Label key={k} isCompact>{`${k}=${v}`}</Label>
              ))}
            </LabelGroup>
          ) : (
            'No labels'
          )}
        </Item>
        <Item term="Annotations">{Object.keys(metadata.annotations ?? {}).length} annotations</Item>
        <Item term="Created">
          <Timestamp timestamp={metadata.creationTimestamp} />
        </Item>
        <Item term="Owner">
          {metadata.ownerReferences?.length
            ? metadata.ownerReferences.map((o) => `${o.kind} ${o.name}`).join(', ')
            : 'No owner'}
        </Item>
      </DescriptionList>
    </PageSection>
  );
};
