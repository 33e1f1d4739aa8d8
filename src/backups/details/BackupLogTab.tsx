import {
  Alert,
  Button,
  Checkbox,
  CodeBlock,
  CodeBlockCode,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo, useState } from 'react';
import { backupFileURL } from '../backend/backupFiles';
import { useBackendLog } from '../hooks/useBackendFile';
import { getBackupStatus } from '../status/backupStatus';
import { useBackupDetailsContext } from './BackupDetailsContext';
import { FileState } from './FileState';
import { filterLog, parseLog } from './logLines';

const SHOWN_LINES = 2000;

/** Velero's log of this backup: searchable, downloadable, and cut (with a note) past the cap. */
export const BackupLogTab = () => {
  const { t } = usePluginTranslation();
  const { backup, namespace, name } = useBackupDetailsContext();
  const [search, setSearch] = useState('');
  const [problemsOnly, setProblemsOnly] = useState(false);
  const available =
    getBackupStatus(backup).terminal ||
    backup.status?.phase?.startsWith('WaitingFor') === true ||
    backup.status?.phase?.startsWith('Finalizing') === true;
  const log = useBackendLog(available ? backupFileURL(namespace, name, 'log') : undefined);
  const lines = useMemo(() => parseLog(log.data?.text ?? ''), [log.data]);
  const shown = useMemo(
    () => filterLog(lines, search, problemsOnly),
    [lines, search, problemsOnly],
  );
  return (
    <PageSection>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={t('Search the log')}
              placeholder={t('Search the log')}
              value={search}
              onChange={(_e, v) => setSearch(v)}
              onClear={() => setSearch('')}
            />
          </ToolbarItem>
          <ToolbarItem>
            <Checkbox
              id="vdp-log-problems"
              label={t('Only warnings and errors')}
              isChecked={problemsOnly}
              onChange={(_e, v) => setProblemsOnly(v)}
            />
          </ToolbarItem>
          <ToolbarItem>
            <Button
              variant="link"
              component="a"
              href={`${backupFileURL(namespace, name, 'log')}?download=true`}
              isDisabled={!available}
            >
              {t('Download')}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <FileState file={log} available={available} title={t('The log could not be read')}>
        {(data) => (
          <>
            {data.truncated && (
              <Alert
                variant="info"
                isInline
                title={t(
                  'Only the first {{size}} MiB of the log are shown. Download it for the rest.',
                  { size: Math.round((data.limit ?? 0) / 1048576) },
                )}
                data-test="log-truncated"
              />
            )}
            <p className="pf-v6-u-font-size-sm" data-test="log-count">
              {t('{{shown}} of {{total}} lines', { shown: shown.length, total: lines.length })}
            </p>
            <CodeBlock>
              <CodeBlockCode data-test="log-lines">
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
      </FileState>
    </PageSection>
  );
};
