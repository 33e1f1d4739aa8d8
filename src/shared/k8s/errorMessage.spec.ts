import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { errorCode, errorMessage } from './errorMessage';

describe('errorMessage / errorCode', () => {
  it('uses the server message and code of an SDK HttpError', () => {
    const error = new HttpError('virtualmachinesnapshots "x" already exists', 409);
    expect(errorMessage(error)).toBe('virtualmachinesnapshots "x" already exists');
    expect(errorCode(error)).toBe(409);
  });

  it('reads plain objects and strings', () => {
    expect(errorMessage({ message: 'boom' })).toBe('boom');
    expect(errorMessage('bad')).toBe('bad');
    expect(errorCode({ response: { status: 500 } })).toBe(500);
    expect(errorCode(undefined)).toBeUndefined();
  });
});
