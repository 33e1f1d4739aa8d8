import { renderHook } from '@testing-library/react';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { useRequestErrorText } from './useRequestErrorText';

const text = (error: unknown) => renderHook(() => useRequestErrorText()).result.current(error);

class TimeoutError extends Error {
  name = 'TimeoutError';
}

describe('useRequestErrorText (what the console fetch really rejects with)', () => {
  it('explains a raw TypeError from a network failure', () => {
    expect(text(new TypeError('Failed to fetch'))).toBe(
      'The cluster could not be reached (Failed to fetch). Check the connection and try again.',
    );
  });

  it('explains the 60 s TimeoutError, which has no code', () => {
    expect(text(new TimeoutError('Call to /api/kubernetes/... timed out after 60000ms.'))).toBe(
      'The cluster did not answer within 60 seconds. The request may still have been carried out: check before trying again.',
    );
  });

  it('gives the status code when an HTTP/2 error has no message (empty statusText)', () => {
    expect(text(new HttpError('', 502))).toBe('The request failed with HTTP status 502.');
    expect(text(new HttpError('', undefined))).toBe('The request failed.');
  });

  it("keeps the server's message when there is one", () => {
    expect(text(new HttpError('virtualmachinesnapshots "a" already exists', 409))).toBe(
      'virtualmachinesnapshots "a" already exists',
    );
  });
});
