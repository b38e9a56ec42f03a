/**
 * Pure, locale-aware formatting helpers shared by every element (no DOM).
 *
 * - {@link formatRelativeTime}: "5m ago", "3h ago", "2d ago", "in 5m", "now".
 * - {@link formatDuration}: "<1m", "12m", "3h 5m", "2d 4h".
 * - {@link formatBytes}: "512 B", "1.2 MB" (binary units: 1 KB = 1024 B).
 * - {@link formatAbsoluteTime}: a full date and time for tooltips.
 *
 * (`model/duration.ts`, written earlier for the composer, has the same duration and byte
 * semantics; it can re-export these.)
 */

import { toMs, type TimeInput } from './sla.js';

export type { TimeInput };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** `Intl` style of units: `narrow` ("5m", "5m ago") or `short` ("5 Min.", "vor 5 Min."). */
export type UnitStyle = 'narrow' | 'short';

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(
  locale: string,
  numeric: 'always' | 'auto',
  style: UnitStyle,
): Intl.RelativeTimeFormat {
  const key = `${locale}|${numeric}|${style}`;
  let f = relativeFormats.get(key);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { style, numeric });
    relativeFormats.set(key, f);
  }
  return f;
}

const unitFormats = new Map<string, Intl.NumberFormat>();
/** One amount of a unit: "12m" / "12 Min." (`Intl.NumberFormat`, style `unit`). */
export function formatUnit(
  value: number,
  unit: 'day' | 'hour' | 'minute' | 'second',
  locale = 'en',
  style: UnitStyle = 'narrow',
  minimumIntegerDigits = 1,
): string {
  const key = `${locale}|${unit}|${style}|${minimumIntegerDigits}`;
  let f = unitFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: style,
      minimumIntegerDigits,
    });
    unitFormats.set(key, f);
  }
  return f.format(value);
}

const RELATIVE_STEPS: [limit: number, size: number, unit: Intl.RelativeTimeFormatUnit][] = [
  [HOUR, MINUTE, 'minute'],
  [DAY, HOUR, 'hour'],
  [WEEK, DAY, 'day'],
  [5 * WEEK, WEEK, 'week'],
  [YEAR, MONTH, 'month'],
  [Infinity, YEAR, 'year'],
];

/**
 * A short relative time between `time` and `now`, rounded down to the largest whole unit:
 * under a minute → "now"; then "5m ago", "3h ago", "2d ago", "3w ago", "2mo ago", "1y ago"
 * (future times: "in 5m"). Uses `Intl.RelativeTimeFormat` (narrow style) in `locale`.
 * Returns an empty string for an unparsable time.
 */
export function formatRelativeTime(
  time: TimeInput,
  now: TimeInput = Date.now(),
  locale = 'en',
  style: UnitStyle = 'narrow',
): string {
  const diff = toMs(time) - toMs(now);
  if (Number.isNaN(diff)) return '';
  const abs = Math.abs(diff);
  if (abs < MINUTE) return relativeFormat(locale, 'auto', style).format(0, 'second');
  const sign = diff < 0 ? -1 : 1;
  for (const [limit, size, unit] of RELATIVE_STEPS) {
    if (abs < limit)
      return relativeFormat(locale, 'always', style).format(sign * Math.floor(abs / size), unit);
  }
  return '';
}

/**
 * A compact human duration with at most two units, rounded to the nearest minute: "<1m",
 * "12m", "3h", "3h 5m", "2d", "2d 4h" (units from `Intl.NumberFormat` in `locale` and
 * `style`: "3 Std. 5 Min." in `de`, short). Negative or non-finite input gives "".
 */
export function formatDuration(ms: number, locale = 'en', style: UnitStyle = 'narrow'): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  const unit = (value: number, u: 'day' | 'hour' | 'minute') => formatUnit(value, u, locale, style);
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return `<${unit(1, 'minute')}`;
  if (minutes < 60) return unit(minutes, 'minute');
  const pair = (big: string, small: number, smallUnit: 'hour' | 'minute') =>
    small ? `${big} ${unit(small, smallUnit)}` : big;
  if (minutes < 24 * 60)
    return pair(unit(Math.floor(minutes / 60), 'hour'), minutes % 60, 'minute');
  return pair(
    unit(Math.floor(minutes / (24 * 60)), 'day'),
    Math.floor((minutes % (24 * 60)) / 60),
    'hour',
  );
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A file size in binary units (1 KB = 1024 B) with at most one decimal: "0 B", "512 B",
 * "1.5 KB", "1.2 MB", "10 MB". The number is formatted for `locale` ("1,2 MB" in `de`).
 */
export function formatBytes(bytes: number, locale = 'en'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023.97 KB would print "1024 KB": move up a unit instead
  if (unit > 0 && Math.round(value * 10) / 10 >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
    numberFormats.set(locale, f);
  }
  return `${f.format(unit === 0 ? Math.round(value) : value)} ${BYTE_UNITS[unit]}`;
}

const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** A full local date and time ("Mar 4, 2026, 9:05 AM"), e.g. for a relative time's tooltip. */
export function formatAbsoluteTime(time: TimeInput, locale = 'en'): string {
  const ms = toMs(time);
  if (Number.isNaN(ms)) return '';
  let f = absoluteFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    absoluteFormats.set(locale, f);
  }
  return f.format(ms);
}
