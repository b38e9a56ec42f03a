import { expect } from '@open-wc/testing';
import { AdapterError, isAbortError } from './types.js';

describe('AdapterError', () => {
  it('keeps the code and the message shown to agents', () => {
    const err = new AdapterError('no_email_account', 'No email account is configured');
    expect(err).to.be.instanceOf(Error);
    expect(err.code).to.equal('no_email_account');
    expect(err.message).to.equal('No email account is configured');
  });

  it('wraps unknown errors as unavailable and keeps their message', () => {
    const err = AdapterError.from(new TypeError('Failed to fetch'));
    expect(err.code).to.equal('unavailable');
    expect(err.message).to.equal('Failed to fetch');
    expect(AdapterError.from({ code: 'conflict', message: 'Edited elsewhere' }).code).to.equal(
      'conflict',
    );
  });

  it('recognises aborts', () => {
    expect(isAbortError(new DOMException('x', 'AbortError'))).to.equal(true);
    expect(isAbortError(new AdapterError('network', 'x'))).to.equal(false);
  });
});
