/** Settings from the environment: defaults, in-cluster API, and refused values. */
import { loadConfig } from '../src/config';

test('defaults: in-cluster API server, limits, no TLS files', () => {
  const config = loadConfig({
    KUBERNETES_SERVICE_HOST: '172.30.0.1',
    KUBERNETES_SERVICE_PORT: '443',
  });
  expect(config.apiServer.href).toBe('https://172.30.0.1/');
  expect(config).toMatchObject({
    host: '0.0.0.0',
    port: 8443,
    downloadTimeoutMs: 30_000,
    maxJsonBytes: 16 * 1024 * 1024,
    maxLogBytes: 10 * 1024 * 1024,
    maxArchiveBytes: 512 * 1024 * 1024,
  });
  expect(config.tls).toBeUndefined();
});

test('bad numbers and a missing API server are refused with the setting named', () => {
  expect(() =>
    loadConfig({ VDP_API_SERVER: 'http://127.0.0.1:1', VDP_MAX_LOG_BYTES: '-5' }),
  ).toThrow('VDP_MAX_LOG_BYTES must be a positive integer, got "-5"');
  expect(() => loadConfig({})).toThrow('VDP_API_SERVER is not set');
});
