import { expect } from '@open-wc/testing';
import { normalizeMode, routeMessage, type ComposerMode } from './routing.js';

describe('routeMessage', () => {
  it('reads /note behind invisible format characters and whitespace (never a reply)', () => {
    const hidden = ['\u200B', '\u2060', '\uFEFF', '\u200E', '\u00AD', ' \u200B\t', '\u3000'];
    for (const lead of hidden) {
      const route = routeMessage('reply', `${lead}/note secret pw`);
      expect(route, JSON.stringify(lead)).to.deep.equal({
        kind: 'note',
        body: 'secret pw',
        viaCommand: true,
      });
    }
    expect(routeMessage('reply', '/no\u200Bte\u2060 secret').kind).to.equal('note');
    expect(routeMessage('reply', '\u200B/nte secret')).to.include({
      kind: 'blocked',
      command: 'nte',
    });
  });

  it('keeps format characters that belong to the message body', () => {
    const family = '\u{1F469}\u200D\u{1F4BB}';
    expect(routeMessage('reply', `/note ${family} on site`)).to.deep.equal({
      kind: 'note',
      body: `${family} on site`,
      viaCommand: true,
    });
    expect(routeMessage('reply', `Hi ${family}`)).to.deep.equal({
      kind: 'reply',
      body: `Hi ${family}`,
    });
  });

  it('only the exact reply mode produces a reply', () => {
    for (const mode of ['note', 'Note', 'REPLY', 'internal', '', undefined]) {
      expect(routeMessage(mode as ComposerMode, 'Hello').kind, String(mode)).to.equal('note');
    }
    expect(routeMessage('reply', 'Hello').kind).to.equal('reply');
  });
});

describe('normalizeMode', () => {
  it('accepts reply / note in any case and maps everything else to note', () => {
    expect(normalizeMode('reply')).to.equal('reply');
    expect(normalizeMode(' Reply ')).to.equal('reply');
    expect(normalizeMode('NOTE')).to.equal('note');
    for (const other of ['internal', 'Note ', '', null, undefined, 1]) {
      expect(normalizeMode(other), String(other)).to.equal('note');
    }
  });
});
