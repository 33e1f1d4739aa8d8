import {
  Alert,
  Button,
  Checkbox,
  CodeBlock,
  CodeBlockCode,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo, useState } from 'react';
import { FileState } from '../details/FileState';
import { useBackendLog } from '../hooks/useBackendFile';
import { filterLog, parseLog } from './logLines';

type VeleroLogProps = {
  /** The log's backend URL (a backup's or a restore's); Download asks it for the whole file. */
  url: string;
  /** Velero has written the log; before that nothing is read and `pendingText` says when. */
  available: boolean;
  pendingText: string;
  /** Lines rendered at most; the rest is in the download. */
  maxLines: number;
};

/** Velero's log of a backup or a restore: searchable, filterable, downloadable, cut past the cap. */
export const VeleroLog = ({ url, available, pendingText, maxLines }: VeleroLogProps) => {
  const { t } = usePluginTranslation();
  const [search, setSearch] = useState('');
  const [problemsOnly, setProblemsOnly] = useState(false);
  const log = useBackendLog(available ? url : undefined);
  const lines = useMemo(() => parseLog(log.data?.text ?? ''), [log.data]);
  const shown = useMemo(
    () => filterLog(lines, search, problemsOnly),
    [lines, search, problemsOnly],
  );
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
              href={`${url}?download=true`}
              isDisabled={!available}
            >
              {t('Download log')}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <FileState
        file={log}
        available={available}
        pendingText={pendingText}
        title={t('The log could not be read')}
      >
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
              {t('{{shown}} of {{count}} line', {
                shown: shown.length,
                count: lines.length,
                defaultValue_other: '{{shown}} of {{count}} lines',
              })}
            </p>
            <CodeBlock>
              <CodeBlockCode data-test="log-lines">
                {shown
                  .slice(0, maxLines)
                  .map((line) => line.text)
                  .join('\n')}
              </CodeBlockCode>
            </CodeBlock>
            {shown.length > maxLines && (
              <p>{t('Showing the first {{lines}} matching lines.', { lines: maxLines })}</p>
            )}
          </>
        )}
      </FileState>
    </>
  );
};
