import { Alert, AlertGroup } from '@patternfly/react-core';
import type { PluginProblem } from '../plugin/problems';

/** Plugin load and code reference failures, named, above every page. */
export const PluginAlerts = ({ problems }: { problems: PluginProblem[] }) =>
  problems.length ? (
    <AlertGroup className="preview-plugin-alerts">
      {problems.map((p) => (
        <Alert key={p.id} isInline variant={p.variant} title={p.title} data-test="plugin-problem">
          {p.detail}
        </Alert>
      ))}
    </AlertGroup>
  ) : null;
