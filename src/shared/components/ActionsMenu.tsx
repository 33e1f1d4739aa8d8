import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { AccessReviewResourceAttributes, Action } from '@openshift-console/dynamic-plugin-sdk';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { useRef, useState } from 'react';
import { usePluginTranslation } from '../hooks/usePluginTranslation';

type ItemProps = { action: Action; onDone: () => void };

const Item = ({ action, onDone, access }: ItemProps & { access?: [boolean, boolean] }) => {
  const { t } = usePluginTranslation();
  const [allowed, checking] = access ?? [true, false];
  const disabled = !!action.disabled || !allowed || checking;
  const reason = action.disabled
    ? action.disabledTooltip
    : checking
      ? t('Checking permissions…')
      : !allowed
        ? t('You do not have permission to perform this action.')
        : undefined;
  const link = typeof action.cta === 'object' ? action.cta : undefined;
  return (
    <DropdownItem
      value={action.id}
      data-test={`action-${action.id}`}
      isAriaDisabled={disabled}
      // The reason stays visible (not only on hover), so keyboard and screen-reader users get it.
      description={disabled ? reason : action.description}
      tooltipProps={!disabled && action.tooltip ? { content: action.tooltip } : undefined}
      to={!disabled && link ? link.href : undefined}
      isExternalLink={!!link?.external}
      onClick={
        disabled
          ? undefined
          : () => {
              // Close first, so focus is back on the toggle when a dialog opens: the dialog
              // returns focus to it when it closes (the item itself is gone by then).
              onDone();
              if (typeof action.cta === 'function') {
                action.cta();
              }
            }
      }
    >
      {action.label}
    </DropdownItem>
  );
};

const ReviewedItem = (props: ItemProps & { review: AccessReviewResourceAttributes }) => {
  const [allowed, loading] = useAccessReview(props.review);
  return <Item {...props} access={[allowed, loading]} />;
};

type ActionsMenuProps = {
  actions: Action[];
  /** Names the toggle for screen readers, e.g. "Actions for snap-1". */
  label?: string;
  /** A kebab for table rows, or a labelled "Actions" button for page headers. */
  variant?: 'kebab' | 'button';
  isDisabled?: boolean;
};

/** A menu of console `Action`s; disabled items say why. */
export const ActionsMenu = ({
  actions,
  label,
  variant = 'kebab',
  isDisabled = false,
}: ActionsMenuProps) => {
  const { t } = usePluginTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      popperProps={{ position: 'right' }}
      toggle={{
        toggleRef,
        toggleNode: (
          <MenuToggle
            ref={toggleRef}
            variant={variant === 'kebab' ? 'plain' : 'default'}
            aria-label={variant === 'kebab' ? (label ?? t('Actions')) : label}
            icon={variant === 'kebab' ? <EllipsisVIcon /> : undefined}
            isExpanded={open}
            isDisabled={isDisabled}
            onClick={() => setOpen(!open)}
            data-test="actions-toggle"
          >
            {variant === 'button' ? t('Actions') : undefined}
          </MenuToggle>
        ),
      }}
    >
      <DropdownList>
        {actions.map((action) =>
          action.accessReview ? (
            <ReviewedItem
              key={action.id}
              action={action}
              onDone={close}
              review={action.accessReview}
            />
          ) : (
            <Item key={action.id} action={action} onDone={close} />
          ),
        )}
      </DropdownList>
    </Dropdown>
  );
};
