/** The test client's side of the cluster's HTTP: the preview clock, and exact bytes of a GET. */
import { request as httpRequest } from 'node:http';
import type { TestCluster } from '../harness';
import { request } from '../raw-http';

/** Moves the cluster's clock forward through the admin endpoint, as a test client would. */
export async function advanceClock(cluster: TestCluster, by: string): Promise<void> {
  const answer = await request(`${cluster.url}/preview/clock`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: by }),
  });
  if (answer.status !== 200) throw new Error(`advance clock: ${answer.status} ${answer.body}`);
}

/** GET of a URL with node http: the status and the exact bytes. */
export function fetchBytes(url: string): Promise<{ status: number; body: Buffer; type?: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks),
          type: res.headers['content-type'],
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}
