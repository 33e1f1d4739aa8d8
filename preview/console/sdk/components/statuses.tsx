import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Button, Icon, Popover } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
  InProgressIcon,
} from '@patternfly/react-icons';
import type { ComponentProps, ComponentType } from 'react';

type IconProps = { className?: string; title?: string; dataTest?: string };

const colored = (Glyph: ComponentType, status: 'success' | 'danger' | 'warning' | 'info') => {
  const Colored = ({ className, title, dataTest }: IconProps) => (
    <Icon status={status} className={className} title={title} data-test={dataTest} isInline>
      <Glyph />
    </Icon>
  );
  return Colored;
};

export const GreenCheckCircleIcon = colored(CheckCircleIcon, 'success');
export const RedExclamationCircleIcon = colored(ExclamationCircleIcon, 'danger');
export const YellowExclamationTriangleIcon = colored(ExclamationTriangleIcon, 'warning');
export const BlueInfoCircleIcon = colored(InfoCircleIcon, 'info');

export const StatusIconAndText = (props: ComponentProps<typeof SDK.StatusIconAndText>) => {
  const { icon, title, iconOnly, noTooltip, className, spin } = props;
  if (!title) {
    return <>-</>;
  }
  return (
    <span
      className={`preview-icon-and-text ${className ?? ''}`}
      title={iconOnly && !noTooltip ? title : undefined}
    >
      {icon ? (
        <span className={`preview-icon-and-text__icon ${spin ? 'preview-spin' : ''}`}>{icon}</span>
      ) : null}
      {iconOnly ? null : <span data-test="status-text">{title}</span>}
    </span>
  );
};

export const PopoverStatus = (props: ComponentProps<typeof SDK.PopoverStatus>) => {
  const { children, statusBody, title, hideHeader, onShow, onHide, isVisible } = props;
  return (
    <Popover
      position="right"
      headerContent={hideHeader ? undefined : title}
      bodyContent={children}
      aria-label={title}
      onShow={onShow}
      onHide={onHide}
      isVisible={isVisible}
    >
      <Button variant="link" isInline data-test="popover-status-button">
        {statusBody}
      </Button>
    </Popover>
  );
};

export const GenericStatus = (props: ComponentProps<typeof SDK.GenericStatus>) => {
  const { Icon: StatusIcon, children, popoverTitle, title, noTooltip, iconOnly, className } = props;
  const body = (
    <StatusIconAndText
      icon={<StatusIcon title={title} />}
      title={title}
      noTooltip={noTooltip}
      iconOnly={iconOnly}
      className={className}
    />
  );
  return children ? (
    <PopoverStatus title={popoverTitle || title} statusBody={body}>
      {children}
    </PopoverStatus>
  ) : (
    body
  );
};

type StatusProps = ComponentProps<typeof SDK.SuccessStatus>;
export const SuccessStatus = (props: StatusProps) => (
  <GenericStatus {...props} Icon={GreenCheckCircleIcon} />
);
export const ErrorStatus = (props: StatusProps) => (
  <GenericStatus {...props} Icon={RedExclamationCircleIcon} />
);
export const InfoStatus = (props: StatusProps) => (
  <GenericStatus {...props} Icon={BlueInfoCircleIcon} />
);
const ProgressIcon = ({ title }: IconProps) => (
  <Icon isInline title={title}>
    <InProgressIcon />
  </Icon>
);
export const ProgressStatus = (props: StatusProps) => (
  <GenericStatus {...props} Icon={ProgressIcon} />
);

const PROGRESS = [
  'Pending',
  'Progressing',
  'Starting',
  'Stopping',
  'Terminating',
  'InProgress',
  'Provisioning',
  'Migrating',
];
const SUCCESS = ['Running', 'Succeeded', 'Completed', 'Ready', 'Bound', 'Active'];
const ERROR = ['Failed', 'Error', 'CrashLoopBackOff', 'ErrorUnschedulable', 'ErrorPvcNotFound'];

/** The SDK's `StatusComponent`: a status word mapped to the matching icon. */
export const StatusComponent = (props: ComponentProps<typeof SDK.StatusComponent>) => {
  const { status, title, ...rest } = props;
  const text = title || status;
  if (SUCCESS.includes(status)) {
    return <SuccessStatus {...rest} title={text} />;
  }
  if (ERROR.includes(status)) {
    return <ErrorStatus {...rest} title={text} />;
  }
  if (PROGRESS.includes(status)) {
    return <ProgressStatus {...rest} title={text} />;
  }
  return <StatusIconAndText {...rest} title={text} />;
};
