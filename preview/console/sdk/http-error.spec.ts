import { statusMessage } from './http-error';

describe('statusMessage (the console validateStatus rules)', () => {
  it('uses the first cause of a Status, with its field', () => {
    const status = {
      message: 'VirtualMachineSnapshot.snapshot.kubevirt.io "x" is invalid',
      details: {
        causes: [
          { message: 'Invalid value: "Bad"', field: 'metadata.name' },
          { message: 'second', field: 'spec' },
        ],
      },
    };
    expect(statusMessage(422, 'Unprocessable Entity', status)).toBe(
      'Error "Invalid value: "Bad"" for field "metadata.name".',
    );
  });

  it('falls back to the Status message, then the status text', () => {
    expect(statusMessage(409, 'Conflict', { message: 'already exists' })).toBe('already exists');
    expect(statusMessage(500, 'Internal Server Error', {})).toBe('Internal Server Error');
  });

  it('always uses the message for 403', () => {
    const status = {
      message: 'forbidden: no',
      details: { causes: [{ message: 'x', field: 'y' }] },
    };
    expect(statusMessage(403, 'Forbidden', status)).toBe('forbidden: no');
    expect(statusMessage(403, 'Forbidden', {})).toBe('Access denied due to cluster policy.');
  });
});
