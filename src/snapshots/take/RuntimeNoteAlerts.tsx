import { Alert, Stack, StackItem } from '@patternfly/react-core';
import type { RuntimeNote } from './runtimeNotes';
import { useRuntimeNoteText } from './useRuntimeNoteText';

type RuntimeNoteAlertsProps = { notes: RuntimeNote[] };

/** Consistency and queueing notes for the VM's current state. */
export const RuntimeNoteAlerts = ({ notes }: RuntimeNoteAlertsProps) => {
  const noteText = useRuntimeNoteText();
  if (!notes.length) {
    return null;
  }
  return (
    <Stack hasGutter>
      {notes.map((note) => {
        const { variant, title, body } = noteText(note);
        return (
          <StackItem key={note.kind}>
            <Alert variant={variant} isInline title={title} data-test={`note-${note.kind}`}>
              {body}
            </Alert>
          </StackItem>
        );
      })}
    </Stack>
  );
};
