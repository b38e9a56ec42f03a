import { expect } from '@open-wc/testing';
import { formatAbsoluteTime, formatBytes, formatDuration, formatRelativeTime } from './format.js';

const NOW = Date.parse('2026-03-04T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it('gives the short forms agents scan for', () => {
    expect(formatRelativeTime(NOW - 5 * MIN, NOW)).to.equal('5m ago');
    expect(formatRelativeTime(NOW - 3 * HOUR, NOW)).to.equal('3h ago');
    expect(formatRelativeTime(NOW - 2 * DAY, NOW)).to.equal('2d ago');
  });

  it('rounds down to the largest whole unit', () => {
    expect(formatRelativeTime(NOW - 59 * MIN - 59_000, NOW)).to.equal('59m ago');
    expect(formatRelativeTime(NOW - 60 * MIN, NOW)).to.equal('1h ago');
    expect(formatRelativeTime(NOW - 23 * HOUR - 59 * MIN, NOW)).to.equal('23h ago');
    expect(formatRelativeTime(NOW - 10 * DAY, NOW)).to.equal('1w ago');
    expect(formatRelativeTime(NOW - 60 * DAY, NOW)).to.equal('2mo ago');
    expect(formatRelativeTime(NOW - 400 * DAY, NOW)).to.equal('1y ago');
  });

  it('says "now" under a minute, handles the future and accepts ISO strings and Dates', () => {
    expect(formatRelativeTime(NOW - 30_000, NOW)).to.equal('now');
    expect(formatRelativeTime(NOW + 5 * MIN, NOW)).to.equal('in 5m');
    expect(formatRelativeTime(new Date(NOW - 5 * MIN).toISOString(), new Date(NOW))).to.equal(
      '5m ago',
    );
  });

  it('localises and returns "" for a bad time', () => {
    expect(formatRelativeTime(NOW - 3 * HOUR, NOW, 'de')).to.equal('vor 3 Std.');
    expect(formatRelativeTime('not a date', NOW)).to.equal('');
  });
});

describe('formatDuration', () => {
  it('uses at most two units', () => {
    expect(formatDuration(12 * MIN)).to.equal('12m');
    expect(formatDuration(3 * HOUR + 5 * MIN)).to.equal('3h 5m');
    expect(formatDuration(3 * HOUR)).to.equal('3h');
    expect(formatDuration(2 * DAY + 4 * HOUR + 7 * MIN)).to.equal('2d 4h');
    expect(formatDuration(2 * DAY)).to.equal('2d');
  });

  it('rounds to the minute and rejects nonsense', () => {
    expect(formatDuration(20_000)).to.equal('<1m');
    expect(formatDuration(59 * MIN + 40_000)).to.equal('1h');
    expect(formatDuration(-5)).to.equal('');
    expect(formatDuration(Number.NaN)).to.equal('');
  });

  it('takes the units from Intl for the locale and style', () => {
    const unit = (n: number, u: string) =>
      new Intl.NumberFormat('de', { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
    expect(formatDuration(3 * HOUR + 5 * MIN, 'de', 'short')).to.equal(
      `${unit(3, 'hour')} ${unit(5, 'minute')}`,
    );
    expect(formatDuration(20_000, 'de', 'short')).to.equal(`<${unit(1, 'minute')}`);
    expect(formatDuration(2 * DAY + 4 * HOUR, 'de', 'short')).to.match(/^2\sTg\. 4\sStd\.$/);
  });
});

describe('formatBytes', () => {
  it('formats sizes in binary units with one decimal at most', () => {
    expect(formatBytes(0)).to.equal('0 B');
    expect(formatBytes(512)).to.equal('512 B');
    expect(formatBytes(1536)).to.equal('1.5 KB');
    expect(formatBytes(1.2 * 1024 * 1024)).to.equal('1.2 MB');
    expect(formatBytes(10 * 1024 * 1024)).to.equal('10 MB');
    expect(formatBytes(3 * 1024 ** 3)).to.equal('3 GB');
  });

  it('never prints 1024 of a unit, localises the number and rejects nonsense', () => {
    expect(formatBytes(1024 * 1024 - 1)).to.equal('1 MB');
    expect(formatBytes(1.25 * 1024 * 1024, 'de')).to.equal('1,3 MB');
    expect(formatBytes(-1)).to.equal('');
  });
});

describe('formatAbsoluteTime', () => {
  it('gives a full date and time, or "" for a bad time', () => {
    expect(formatAbsoluteTime(NOW)).to.match(/2026/);
    expect(formatAbsoluteTime('nope')).to.equal('');
  });
});
