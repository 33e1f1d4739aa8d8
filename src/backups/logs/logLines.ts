/** A Velero log line (logrus text, research/velero-formats.md §2): its level, for colouring. */
export type LogLine = {
  number: number;
  text: string;
  level?: 'info' | 'warning' | 'error' | 'debug';
};

const LEVEL = /\blevel=(info|warning|error|debug)\b/;

export const parseLog = (text: string): LogLine[] =>
  text
    .split('\n')
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .map((line, i) => {
      const level = LEVEL.exec(line)?.[1] as LogLine['level'] | undefined;
      return { number: i + 1, text: line, ...(level ? { level } : {}) };
    });

/** Lines containing the search text (case-insensitive), optionally only warnings and errors. */
export const filterLog = (lines: LogLine[], search: string, problemsOnly: boolean): LogLine[] => {
  const needle = search.trim().toLowerCase();
  return lines.filter(
    (line) =>
      (!problemsOnly || line.level === 'warning' || line.level === 'error') &&
      (!needle || line.text.toLowerCase().includes(needle)),
  );
};
