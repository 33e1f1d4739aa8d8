/**
 * Test-only faults, set by URL parameters at start-up and kept until the page reloads:
 * `?previewThrowInWatch=<Kind>` makes the SDK's watch hooks throw while rendering for that
 * kind, so a test can prove an error inside a plugin component leaves the page working.
 * The plugin's production code has no such switch: the throw comes from this runtime.
 */
let throwInWatch: string | undefined;

export const initPreviewFaults = () => {
  const url = new URL(window.location.href);
  throwInWatch = url.searchParams.get('previewThrowInWatch') ?? undefined;
  if (throwInWatch !== undefined) {
    url.searchParams.delete('previewThrowInWatch');
    window.history.replaceState(window.history.state, '', url.toString());
  }
};

export const maybeThrowInWatch = (kind: string | undefined) => {
  if (throwInWatch && kind === throwInWatch) {
    throw new Error(`Preview fault: watching ${kind} throws (previewThrowInWatch)`);
  }
};
