import type { AccessReviewResourceAttributes, Action } from '@openshift-console/dynamic-plugin-sdk';
import { DropdownItem } from '@patternfly/react-core';
import { useNavigate } from 'react-router';
import { useAccessReview } from '../../sdk/rbac';

type Props = { action: Action; onDone: () => void };

const Entry = ({ action, onDone, allowed }: Props & { allowed: boolean }) => {
  const navigate = useNavigate();
  const disabled = !allowed || !!action.disabled;
  const tooltip = action.tooltip ?? (action.disabled ? action.disabledTooltip : undefined);

  const run = () => {
    if (disabled) {
      return;
    }
    const { cta } = action;
    if (typeof cta === 'function') {
      cta();
    } else if (cta.external) {
      window.open(cta.href, '_blank', 'noopener');
    } else {
      void navigate(cta.href);
    }
    onDone();
  };

  return (
    <DropdownItem
      value={action.id}
      isAriaDisabled={disabled}
      tooltipProps={tooltip ? { content: tooltip, position: 'left' } : undefined}
      onClick={run}
      data-test-action={typeof action.label === 'string' ? action.label : action.id}
    >
      {action.label}
    </DropdownItem>
  );
};

const Reviewed = (props: Props & { review: AccessReviewResourceAttributes }) => {
  const [allowed] = useAccessReview(props.review);
  return <Entry {...props} allowed={allowed} />;
};

/**
 * One menu entry, like the console's ActionMenuItem: disabled when the action says so or its
 * access review is denied; the tooltip is `tooltip`, or `disabledTooltip` when the action itself
 * is disabled (a denied access review alone gives no reason, as in the console). The console
 * does not show `description`.
 */
export const ActionItem = (props: Props) =>
  props.action.accessReview ? (
    <Reviewed {...props} review={props.action.accessReview} />
  ) : (
    <Entry {...props} allowed />
  );
