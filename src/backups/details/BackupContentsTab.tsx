import { PageSection, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useBackupDetailsContext } from './BackupDetailsContext';
import { FileState } from './FileState';
import type { ResourceItem } from './resourceList';
import { contentsByVM } from './resourceList';
import { useBackupResourceList } from './useBackupFiles';

const Items = ({ items }: { items: ResourceItem[] }) => (
  <ul>
    {items.map((i) => (
      <li
        key={`${i.apiVersionKind}/${i.namespace ?? ''}/${i.name}`}
      >{`${i.kind} ${i.namespace ? `${i.namespace}/` : ''}${i.name}`}</li>
    ))}
  </ul>
);

/** What is really inside (Velero's resource list), per VM, then everything else. */
export const BackupContentsTab = () => {
  const { t } = usePluginTranslation();
  const { volumes } = useBackupDetailsContext();
  const list = useBackupResourceList();
  return (
    <PageSection>
      <FileState
        file={list}
        available={list.available}
        title={t('The resource list could not be read')}
      >
        {(data) => {
          const grouped = contentsByVM(data, volumes);
          return (
            <>
              {grouped.vms.map(({ vm, items }) => (
                <section
                  key={`${vm.namespace}/${vm.name}`}
                  data-test={`contents-${vm.namespace}-${vm.name}`}
                >
                  <Title headingLevel="h2" size="lg">{`${vm.namespace}/${vm.name}`}</Title>
                  <Items items={items} />
                </section>
              ))}
              <section data-test="contents-other">
                <Title headingLevel="h2" size="lg">
                  {t('Other objects')}
                </Title>
                <Items items={grouped.other} />
              </section>
            </>
          );
        }}
      </FileState>
    </PageSection>
  );
};
