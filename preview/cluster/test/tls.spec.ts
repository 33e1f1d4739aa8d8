/** The self-signed serving certificate must be DER that OpenSSL accepts, every time. */
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { selfSignedCertificate } from '../server/tls';

test('every generated certificate loads (serial is a minimal positive INTEGER)', () => {
  // A leading 0x00 serial byte used to fail about once in 256; 1000 tries catch it ~98% of runs.
  for (let i = 0; i < 1000; i++) {
    const { key, cert } = selfSignedCertificate();
    expect(() => createSecureContext({ key, cert })).not.toThrow();
  }
  const x509 = new X509Certificate(selfSignedCertificate('unit').cert);
  expect(x509.subject).toBe('CN=unit');
  expect(x509.subjectAltName).toBe(
    'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
  );
  expect(x509.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
});
