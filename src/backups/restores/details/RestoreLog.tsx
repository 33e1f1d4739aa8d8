import {
  Alert,
  AlertActionLink,
  Button,
  CodeBlock,
  CodeBlockCode,
  SearchInput,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo, useState } from 'react';
import { restoreFileURL } from '../../backend/backupFiles';
import { filterLog, parseLog } from '../../details/logLines';
import { useBackendLog } from '../../hooks/useBackendFile';

const SHOWN_LINES = 500;

/**
 * Velero's log of this restore, read through the backend as Backup details reads its log:
 * searchable in the page, whole as a download. Velero writes it when the restore ends.
 */
export const RestoreLog = ({
  namespace,
  name,
  ready,
}: {
  namespace: string;
  name: string;
  ready: boolean;
}) => {
  const { t } = usePluginTranslation();
  const [search, setSearch] = useState('');
  const log = useBackendLog(ready ? restoreFileURL(namespace, name, 'log') : undefined);
  const lines = useMemo(() => parseLog(log.data?.text ?? ''), [log.data]);
  const shown = useMemo(() => filterLog(lines, search, false), [lines, search]);
  const download = `${restoreFileURL(namespace, name, 'log')}?download=true`;
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={t('Search the log')}
              placeholder={t('Search the log')}
              value={search}
              onChange={(_e, v) => setSearch(v)}
              onClear={() => setSearch('')}
              isDisabled={!log.data}
            />
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="link" component="a" href={download} isDisabled={!ready}>
              {t('Download log')}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {!ready && <p>{t('Velero writes the log when the restore ends.')}</p>}
      {log.error && (
        <Alert
          variant="danger"
          isInline
          title={t('The log could not be read')}
          actionLinks={<AlertActionLink onClick={log.retry}>{t('Retry')}</AlertActionLink>}
        >
          {log.error}
        </Alert>
      )}
      {log.loading && <Spinner size="md" aria-label={t('Loading')} />}
      {log.data && (
        <>
          <p className="pf-v6-u-font-size-sm" data-test="restore-log-count">
            {t('{{shown}} of {{total}} lines', { shown: shown.length, total: lines.length })}
          </p>
          <CodeBlock>
            <CodeBlockCode data-test="restore-log-lines">
              {shown
                .slice(0, SHOWN_LINES)
                .map((line) => line.text)
                .join('\n')}
            </CodeBlockCode>
          </CodeBlock>
          {shown.length > SHOWN_LINES && (
            <p>{t('Showing the first {{lines}} matching lines.', { lines: SHOWN_LINES })}</p>
          )}
        </>
      )}
    </>
  );
};
