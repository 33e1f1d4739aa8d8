import { Alert, AlertGroup } from '@patternfly/react-core';
import { usePluginProblems } from '../../sdk/problem-store';

/** Plugin load and code reference failures, named, above every page (also those of later loads). */
export const PluginAlerts = () => {
  const problems = usePluginProblems();
  return problems.length ? (
    <AlertGroup className="preview-plugin-alerts">
      {problems.map((p) => (
        <Alert key={p.id} isInline variant={p.variant} title={p.title} data-test="plugin-problem">
          {p.detail}
        </Alert>
      ))}
    </AlertGroup>
  ) : null;
};
