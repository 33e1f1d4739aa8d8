import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Dropdown, DropdownList, MenuToggle, Spinner } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { useCallback, useMemo, useState } from 'react';
import { ActionItem } from './ActionItem';
import { ActionProviders, useActionProviders } from './ActionProviders';
import type { ProviderResult } from './ActionProviders';

type Props = {
  model: K8sModel | undefined;
  resource: K8sResourceCommon;
  /** `kebab` for table rows (providers run on first open, like LazyActionMenu). */
  variant?: 'button' | 'kebab';
};

/** The resource's actions from every matching `console.action/resource-provider`. */
export const ActionsMenu = ({ model, resource, variant = 'button' }: Props) => {
  const providers = useActionProviders(model);
  const [open, setOpen] = useState(false);
  const [activated, setActivated] = useState(variant === 'button');
  const [results, setResults] = useState<Record<string, ProviderResult>>({});
  const onResult = useCallback((uid: string, result: ProviderResult) => {
    setResults((prev) => (prev[uid] === result ? prev : { ...prev, [uid]: result }));
  }, []);
  const actions = useMemo(() => Object.values(results).flatMap(([list]) => list), [results]);
  const loaded =
    providers.length === Object.keys(results).length &&
    Object.values(results).every(([, done]) => done);
  const name = resource.metadata?.name ?? '';

  if (!providers.length) {
    return null;
  }
  return (
    <>
      {activated ? (
        <ActionProviders providers={providers} resource={resource} onResult={onResult} />
      ) : null}
      <Dropdown
        isOpen={open}
        onOpenChange={setOpen}
        popperProps={{ position: 'right' }}
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            variant={variant === 'kebab' ? 'plain' : 'default'}
            isExpanded={open}
            onClick={() => {
              setActivated(true);
              setOpen(!open);
            }}
            aria-label={variant === 'kebab' ? `Actions for ${name}` : undefined}
            data-test={variant === 'kebab' ? 'kebab-button' : 'actions-menu-button'}
            icon={variant === 'kebab' ? <EllipsisVIcon /> : undefined}
          >
            {variant === 'kebab' ? null : 'Actions'}
          </MenuToggle>
        )}
      >
        <DropdownList data-test="action-items">
          {actions.map((action) => (
            <ActionItem key={action.id} action={action} onDone={() => setOpen(false)} />
          ))}
          {loaded ? null : <Spinner size="md" aria-label="Loading actions" />}
        </DropdownList>
      </Dropdown>
    </>
  );
};
