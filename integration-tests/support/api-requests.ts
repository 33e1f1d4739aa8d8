import type { Page } from '@playwright/test';

export type SentRequest = { method: string; path: string; body: unknown };

/**
 * Intercepts every API request the page makes (through the console's /api/kubernetes proxy)
 * and remembers method, path and JSON body before letting it through.
 */
export const interceptAPI = async (page: Page) => {
  const sent: SentRequest[] = [];
  await page.route('**/api/kubernetes/**', async (route) => {
    const request = route.request();
    let body: unknown;
    try {
      body = request.postDataJSON() as unknown;
    } catch {
      body = request.postData();
    }
    sent.push({
      method: request.method(),
      path: new URL(request.url()).pathname.replace(/^\/api\/kubernetes/, ''),
      body,
    });
    await route.continue();
  });
  return {
    sent,
    /** Writes (POST/PUT/PATCH/DELETE) to a resource collection or its objects, by plural. */
    writes: (plural: string) =>
      sent.filter((r) => r.method !== 'GET' && new RegExp(`/${plural}(/[^/]+)?$`).test(r.path)),
  };
};
