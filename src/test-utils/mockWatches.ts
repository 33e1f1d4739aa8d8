import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

export type WatchAnswer = [data: unknown, loaded: boolean, error?: unknown];

/**
 * Answer useK8sWatchResource by kind (and by `Kind/name` for single objects), the way the
 * console would after its watches load. A single-object watch with only a list answer for its
 * kind gets the item of that name. Unlisted kinds answer "loaded, nothing".
 */
export const mockWatches = (answers: Record<string, WatchAnswer>) => {
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    if (!resource) {
      return [undefined, true, undefined];
    }
    const kind = resource.groupVersionKind?.kind ?? '';
    const answer = answers[`${kind}/${resource.name ?? ''}`] ?? answers[kind];
    if (answer && !resource.isList && Array.isArray(answer[0])) {
      const items = answer[0] as { metadata?: { name?: string } }[];
      return [items.find((i) => i.metadata?.name === resource.name), answer[1], answer[2]];
    }
    if (answer) {
      return [answer[0], answer[1], answer[2]];
    }
    return [resource.isList ? [] : undefined, true, undefined];
  }) as typeof useK8sWatchResource);
};

/** The watch requests made so far, for asserting how many and which. */
export const watchRequests = (): (WatchK8sResource | null)[] =>
  jest.mocked(useK8sWatchResource).mock.calls.map(([resource]) => resource);
