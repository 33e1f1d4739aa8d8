import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Divider, Dropdown, DropdownList, MenuToggle, Spinner } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { Fragment, useCallback, useMemo, useState } from 'react';
import { useResolvedExtensionList } from '../../sdk/lazy-extensions';
import { ActionItem } from './ActionItem';
import { ActionProviders, useActionProviders } from './ActionProviders';
import type { ProviderExtension, ProviderResult } from './ActionProviders';
import { DefaultActions } from './DefaultActions';
import { menuSections } from './menu-groups';

type Props = {
  model: K8sModel | undefined;
  resource: K8sResourceCommon;
  /** `kebab` for table rows, `button` for a page header. */
  variant?: 'button' | 'kebab';
};

/**
 * The console's LazyActionMenu (console-runtime.md §5, §6): the providers' code loads on the
 * first hover, focus or click; nothing is listed until every provider has loaded. Without a
 * plugin provider for the kind, the console's default actions are offered instead; with one,
 * only the providers' actions (`default-resource.tsx`), in the console's `$top`/`$bottom` groups.
 */
export const ActionsMenu = ({ model, resource, variant = 'button' }: Props) => {
  const providers = useActionProviders(model);
  const [open, setOpen] = useState(false);
  const [activated, setActivated] = useState(false);
  const [resolved, codeLoaded] = useResolvedExtensionList<ProviderExtension>(providers, activated);
  const [results, setResults] = useState<Record<string, ProviderResult>>({});
  const onResult = useCallback((uid: string, result: ProviderResult) => {
    setResults((prev) => (prev[uid] === result ? prev : { ...prev, [uid]: result }));
  }, []);
  const activate = () => setActivated(true);
  const sections = useMemo(
    () => menuSections(Object.values(results).flatMap(([list]) => list)),
    [results],
  );
  const loaded =
    codeLoaded &&
    resolved.length === Object.keys(results).length &&
    Object.values(results).every(([, done]) => done);
  const name = resource.metadata?.name ?? '';
  const useDefaults = !providers.length;

  return (
    <>
      {codeLoaded && !useDefaults ? (
        <ActionProviders providers={resolved} resource={resource} onResult={onResult} />
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
            onMouseEnter={activate}
            onFocus={activate}
            onClick={() => {
              activate();
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
          {useDefaults && model ? (
            <DefaultActions model={model} resource={resource} onDone={() => setOpen(false)} />
          ) : loaded ? (
            sections.map((section) => (
              <Fragment key={section.id}>
                {section.divider ? <Divider component="li" /> : null}
                {section.actions.map((action) => (
                  <ActionItem key={action.id} action={action} onDone={() => setOpen(false)} />
                ))}
              </Fragment>
            ))
          ) : (
            <Spinner size="md" aria-label="Loading actions" />
          )}
        </DropdownList>
      </Dropdown>
    </>
  );
};
