import type { APIRequestContext, Locator } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Modal } from '../pages/Modal';
import { test } from './fixtures';

/** Issue 10 part 5: the faults the browser must live with (preview/cluster/README.md). */
export const FAULTS = 'drop-watch=0.1,error500=0.05,latency=500ms';
/** The same, with every non-watch request failing: to make one failure certain. */
export const EVERY_REQUEST_FAILS = 'drop-watch=0.1,error500=1,latency=500ms';
/**
 * What the console's fetch makes of the cluster's injected 500 (a Status whose first cause has
 * this message and no field; preview/console/sdk/http-error.ts follows the console).
 */
export const INJECTED_ERROR = 'Error "injected fault (--faults error500)" for field "".';

/** The local cluster's `PUT /preview/faults` (admin), to turn faults on and off mid-test. */
export class ClusterFaults {
  constructor(private readonly request: APIRequestContext) {}

  async set(spec: string) {
    const res = await this.request.put('/preview/faults', { data: { spec } });
    expect(res.status(), await res.text()).toBe(200);
  }

  off() {
    return this.set('');
  }
}

type Typed = [field: Locator, value: string][];

/**
 * Submits `modal` until `done()` holds. Under error500 any submit may fail; every time one does,
 * the dialog must show the server's message, keep what was typed and let the user submit again
 * (the retry). Returns how many submits it took.
 */
export const submitUntilDone = async (
  modal: Modal,
  done: () => Promise<boolean>,
  typed: Typed = [],
) => {
  for (let attempt = 1; attempt <= 6; attempt++) {
    await modal.submit.click();
    const outcome = async () => {
      if (await done()) return 'done';
      return (await modal.error.isVisible()) ? 'failed' : 'pending';
    };
    await expect.poll(outcome, { timeout: 30_000 }).not.toBe('pending');
    if ((await outcome()) === 'done') {
      return attempt;
    }
    await expect(modal.error).toContainText(INJECTED_ERROR);
    for (const [field, value] of typed) {
      await expect(field).toHaveValue(value);
    }
  }
  throw new Error('six submits in a row failed: far more than error500=0.05 explains');
};

/**
 * Waits for `shown`; each time `failed` (an alert with a Try again action) shows instead, it must
 * carry the server's message, and Try again is clicked. Returns `shown`.
 */
export const retryUntilShown = async (shown: Locator, failed: Locator) => {
  for (let attempt = 1; attempt <= 6; attempt++) {
    // A failed first list is retried after 15 s, hence the long wait.
    await expect(shown.or(failed)).toBeVisible({ timeout: 40_000 });
    if (await shown.isVisible()) {
      return shown;
    }
    await expect(failed).toContainText(INJECTED_ERROR);
    await failed.getByRole('button', { name: 'Try again' }).click();
  }
  throw new Error('six tries in a row failed: far more than error500=0.05 explains');
};

/** The suite's fixtures plus `faults`, turned off again after each test, whatever its outcome. */
export const testWithFaults = test.extend<{ faults: ClusterFaults }>({
  faults: async ({ playwright }, provide) => {
    const url = process.env.VDP_E2E_CLUSTER_URL;
    if (!url) {
      throw new Error('VDP_E2E_CLUSTER_URL is not set: run through playwright.config.ts');
    }
    const request = await playwright.request.newContext({ baseURL: url });
    const faults = new ClusterFaults(request);
    await provide(faults);
    await faults.off();
    await request.dispose();
  },
});
