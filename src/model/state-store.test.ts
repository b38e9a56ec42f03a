import { expect } from '@open-wc/testing';
import { createDefaultStore, createMemoryStore, createStorageStore } from './state-store.js';

describe('StateStore', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('routes selection to sessionStorage and drafts to localStorage', () => {
    const store = createDefaultStore();
    store.set('selection:agent-1', ['t1', 't2']);
    store.set('draft:t1:reply', 'Hello');
    expect(JSON.parse(sessionStorage.getItem('hd-cockpit:selection:agent-1')!)).to.deep.equal([
      't1',
      't2',
    ]);
    expect(JSON.parse(localStorage.getItem('hd-cockpit:draft:t1:reply')!)).to.equal('Hello');
    // a new store over the same storage (a reload) reads them back
    expect(createDefaultStore().get('draft:t1:reply')).to.equal('Hello');
    store.delete('draft:t1:reply');
    expect(createDefaultStore().get('draft:t1:reply')).to.equal(undefined);
  });

  it('falls back to memory when storage throws, losing nothing for this page', () => {
    const broken = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem() {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    const store = createStorageStore(() => broken);
    store.set('draft:t9:note', { body: 'keep me' });
    expect(store.get('draft:t9:note')).to.deep.equal({ body: 'keep me' });
    const noStorage = createStorageStore(() => {
      throw new Error('access denied');
    });
    noStorage.set('k', 1);
    expect(noStorage.get('k')).to.equal(1);
  });

  it('memory store returns copies', () => {
    const store = createMemoryStore();
    const value = { a: [1] };
    store.set('x', value);
    value.a.push(2);
    expect(store.get('x')).to.deep.equal({ a: [1] });
  });
});
