import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Tooltip } from '@patternfly/react-core';
import { GlobeAmericasIcon } from '@patternfly/react-icons';
import type { ComponentProps } from 'react';
import { useEffect, useState } from 'react';

const dateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const utc = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'long',
  timeZone: 'UTC',
});

const relative = (date: Date, now: number, omitSuffix?: boolean): string => {
  const minutes = Math.floor((now - date.getTime()) / 60_000);
  if (minutes < 1) {
    return 'Just now';
  }
  if (minutes < 60) {
    const unit = minutes === 1 ? 'minute' : 'minutes';
    return omitSuffix ? `${minutes} ${unit}` : `${minutes} ${unit} ago`;
  }
  return dateTime.format(date);
};

const useNow = () => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
};

/** Recent times read "N minutes ago", older ones as a date; the tooltip gives UTC. */
export const Timestamp = ({
  timestamp,
  simple,
  omitSuffix,
  className,
}: ComponentProps<typeof SDK.Timestamp>) => {
  const now = useNow();
  if (!timestamp) {
    return <div className={`preview-timestamp ${className ?? ''}`}>-</div>;
  }
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) {
    return <div className={`preview-timestamp ${className ?? ''}`}>-</div>;
  }
  const text = relative(date, now, omitSuffix);
  if (simple) {
    return <span data-test="timestamp">{text}</span>;
  }
  return (
    <div className={`preview-timestamp ${className ?? ''}`}>
      <GlobeAmericasIcon className="preview-icon-and-text__icon" />
      <Tooltip content={utc.format(date)}>
        <span data-test="timestamp">{text}</span>
      </Tooltip>
    </div>
  );
};
