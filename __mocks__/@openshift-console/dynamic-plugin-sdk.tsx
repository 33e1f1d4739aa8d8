/**
 * Typed test stubs for the console SDK. The real package is provided by the console at
 * runtime (module federation) and cannot load under jest, so every API the plugin uses is
 * stubbed here with the real signature (`typeof SDK.x`). Tests change behaviour per case
 * with `jest.mocked(x).mockReturnValue(...)`.
 */
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export class HttpError extends Error {
  constructor(
    message: string,
    public code?: number,
    public json?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const defaults = {
  useK8sWatchResource: (() => [undefined, true, undefined]) as typeof SDK.useK8sWatchResource,
  k8sCreate: (({ data }) => Promise.resolve(data)) as typeof SDK.k8sCreate,
  k8sPatch: (({ resource }) => Promise.resolve(resource)) as typeof SDK.k8sPatch,
  k8sDelete: (() => Promise.resolve({})) as typeof SDK.k8sDelete,
  k8sGet: (() => Promise.resolve({})) as typeof SDK.k8sGet,
  useAccessReview: (() => [true, false]) as typeof SDK.useAccessReview,
  // A console without kubevirt-plugin, every other flag off (tests set the ones they need).
  useFlag: ((flag: string) => flag === 'VDP_WITHOUT_KUBEVIRT_PLUGIN') as typeof SDK.useFlag,
  useActiveNamespace: (() => ['demo', () => undefined]) as typeof SDK.useActiveNamespace,
};

export const useK8sWatchResource = jest.fn(defaults.useK8sWatchResource);
export const k8sCreate = jest.fn(defaults.k8sCreate);
export const k8sPatch = jest.fn(defaults.k8sPatch);
export const k8sDelete = jest.fn(defaults.k8sDelete);
export const k8sGet = jest.fn(defaults.k8sGet);
export const useAccessReview = jest.fn(defaults.useAccessReview);
export const useFlag = jest.fn(defaults.useFlag);
export const useActiveNamespace = jest.fn(defaults.useActiveNamespace);

/** The launchers `useLabelsModal()` / `useAnnotationsModal()` return; tests read their calls. */
export const launchLabelsModalMock = jest.fn();
export const launchAnnotationsModalMock = jest.fn();
export const useLabelsModal: typeof SDK.useLabelsModal = () => launchLabelsModalMock;
export const useAnnotationsModal: typeof SDK.useAnnotationsModal = () => launchAnnotationsModalMock;
/** The launcher `useDeleteModal()` returns; the hook itself records its arguments. */
export const launchDeleteModalMock = jest.fn();
export const useDeleteModal = jest.fn((() => launchDeleteModalMock) as typeof SDK.useDeleteModal);

/** The launcher every `useOverlay()` call returns; tests read its calls. */
export const launchOverlayMock = jest.fn();

/** Back to the defaults above; jest.setup.ts calls this before every test. */
export const resetSdkMocks = () => {
  useK8sWatchResource.mockReset().mockImplementation(defaults.useK8sWatchResource);
  k8sCreate.mockReset().mockImplementation(defaults.k8sCreate);
  k8sPatch.mockReset().mockImplementation(defaults.k8sPatch);
  k8sDelete.mockReset().mockImplementation(defaults.k8sDelete);
  k8sGet.mockReset().mockImplementation(defaults.k8sGet);
  useAccessReview.mockReset().mockImplementation(defaults.useAccessReview);
  useFlag.mockReset().mockImplementation(defaults.useFlag);
  useActiveNamespace.mockReset().mockImplementation(defaults.useActiveNamespace);
  launchOverlayMock.mockReset();
  launchLabelsModalMock.mockReset();
  launchAnnotationsModalMock.mockReset();
  launchDeleteModalMock.mockReset();
  useDeleteModal.mockClear();
};
export const useOverlay: typeof SDK.useOverlay = () => launchOverlayMock;

export const getGroupVersionKindForModel: typeof SDK.getGroupVersionKindForModel = (model) => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

/**
 * The console's link for a kind: CRDs (a group) by `group~version~Kind`, built-in kinds by
 * their plural (approximated as lower-case kind + "s"); `ns/<ns>` with a namespace, else
 * `cluster` (the stub cannot tell a namespaced kind without one).
 */
export const resourceHref = (gvk: SDK.K8sGroupVersionKind, name: string, namespace?: string) => {
  const ref = gvk.group ? `${gvk.group}~${gvk.version}~${gvk.kind}` : `${gvk.kind.toLowerCase()}s`;
  const scope = namespace ? `ns/${namespace}` : 'cluster';
  return `/k8s/${scope}/${ref}/${encodeURIComponent(name)}`;
};

/** Like the console's: a link only for a known kind, `dataTest` on the `<a>` itself. */
export const ResourceLink: typeof SDK.ResourceLink = ({
  groupVersionKind,
  name,
  namespace,
  displayName,
  children,
  dataTest,
  linkTo = true,
}) => (
  <span>
    {groupVersionKind && name && linkTo ? (
      <a href={resourceHref(groupVersionKind, name, namespace)} data-test={dataTest}>
        {displayName ?? name}
      </a>
    ) : (
      <span data-test={dataTest}>{displayName ?? name}</span>
    )}
    {children}
  </span>
);
export const Timestamp: typeof SDK.Timestamp = ({ timestamp }) => (
  <span data-test="timestamp">{timestamp ?? '-'}</span>
);
export const ListPageHeader: typeof SDK.ListPageHeader = ({ title, children }) => (
  <div>
    <h1>{title}</h1>
    {children}
  </div>
);
export const DocumentTitle: typeof SDK.DocumentTitle = () => null;
export const ResourceYAMLEditor: typeof SDK.ResourceYAMLEditor = ({ initialResource }) => (
  <pre data-test="yaml">{JSON.stringify(initialResource, null, 2)}</pre>
);
/** Renders every page (no routing under jest), each in a section named after its tab. */
export const HorizontalNav: typeof SDK.HorizontalNav = ({ pages }) => (
  <div data-test="horizontal-nav">
    {pages.map(({ name, href, component: Page }) => (
      <section key={href ?? name} aria-label={name} data-test={`nav-page-${href || 'details'}`}>
        <Page />
      </section>
    ))}
  </div>
);

// consoleFetch*: the plugin's backend is reached through them (ConsolePlugin spec.proxy).
// Unanswered calls reject, so a test that forgets to answer fails visibly.
const unanswered = (url: string) => Promise.reject(new HttpError(`no test answer for ${url}`, 599));
export const consoleFetch = jest.fn(((url: string) => unanswered(url)) as typeof SDK.consoleFetch);
export const consoleFetchJSON = jest.fn(((url: string) =>
  unanswered(url)) as unknown as typeof SDK.consoleFetchJSON) as unknown as jest.Mock &
  typeof SDK.consoleFetchJSON;
export const resetFetchMocks = () => {
  consoleFetch.mockReset().mockImplementation((url: string) => unanswered(url));
  consoleFetchJSON.mockReset().mockImplementation((url: string) => unanswered(url));
};
