import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Tooltip } from '@patternfly/react-core';
import { GlobeAmericasIcon } from '@patternfly/react-icons';
import type { ComponentProps } from 'react';
import { useEffect, useState } from 'react';
import { timestampText } from './timestamp-text';

const utc = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'long',
  timeZone: 'UTC',
});

const useNow = () => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
};

/** Times within 10.5 minutes read "N minutes ago", others as a date; the tooltip gives UTC. */
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
  const text = timestampText(date, now, omitSuffix);
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
