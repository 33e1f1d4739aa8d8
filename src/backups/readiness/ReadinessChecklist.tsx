import { ExpandableSection, Icon, List, ListItem } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  QuestionCircleIcon,
} from '@patternfly/react-icons';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import type { CheckResult } from './readinessChecks';
import { useCheckText } from './useCheckText';

const StateIcon = ({ check }: { check: CheckResult }) => {
  if (check.state === 'ok')
    return (
      <Icon status="success">
        <CheckCircleIcon />
      </Icon>
    );
  if (check.state === 'unknown')
    return (
      <Icon status="info">
        <QuestionCircleIcon />
      </Icon>
    );
  return check.severity === 'blocking' ? (
    <Icon status="danger">
      <ExclamationCircleIcon />
    </Icon>
  ) : (
    <Icon status="warning">
      <ExclamationTriangleIcon />
    </Icon>
  );
};

/** The readiness checklist: collapsed when every item is ok, open when anything is not. */
export const ReadinessChecklist = ({ checks }: { checks: CheckResult[] }) => {
  const { t } = usePluginTranslation();
  const text = useCheckText();
  const notOk = checks.filter((c) => c.state !== 'ok');
  const [expanded, setExpanded] = useState<boolean | undefined>(undefined);
  const stateText = { ok: t('OK'), problem: t('Problem'), unknown: t('Unknown') };
  const toggle = notOk.length
    ? t('Readiness: {{count}} item needs attention', {
        count: notOk.length,
        defaultValue_other: 'Readiness: {{count}} items need attention',
      })
    : t('Readiness: all checks passed');
  return (
    <ExpandableSection
      toggleText={toggle}
      isExpanded={expanded ?? notOk.length > 0}
      onToggle={(_event, next) => setExpanded(next)}
      data-test="readiness-checklist"
    >
      <List isPlain>
        {checks.map((check) => {
          const { title, reason, fix } = text(check);
          return (
            <ListItem
              key={check.id}
              icon={<StateIcon check={check} />}
              data-test={`readiness-${check.id}`}
              data-state={check.state}
            >
              <strong>{title}</strong>{' '}
              <span className="pf-v6-screen-reader">{stateText[check.state]}</span>
              {check.state !== 'ok' && (
                <>
                  <div data-test={`readiness-${check.id}-reason`}>{reason}</div>
                  {check.state === 'problem' && (
                    <div data-test={`readiness-${check.id}-fix`}>{t('Fix: {{fix}}', { fix })}</div>
                  )}
                </>
              )}
            </ListItem>
          );
        })}
      </List>
    </ExpandableSection>
  );
};
