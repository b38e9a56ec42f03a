/**
 * Time texts the peek needs beyond `model/format.ts`: countdowns with seconds near a deadline,
 * stopwatch clocks for running timers, and "updated N min ago".
 */
import { formatDuration, formatRelativeTime, formatUnit } from '../../model/format.js';
import { toMs, type TimeInput } from '../../model/sla.js';
import { enPeek, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enPeek);

/**
 * A countdown for an absolute amount of milliseconds: seconds are shown under an hour
 * ("12m 05s", "45s"), otherwise at most two units ("3h 5m", "2d 4h"). Units from `Intl` in
 * `locale` and the table's unit style.
 */
export function formatCountdown(ms: number, locale = 'en', m: Messages = en): string {
  const abs = Math.abs(ms);
  if (!Number.isFinite(abs)) return '';
  const style = m.format.unitStyle;
  if (abs >= 3_600_000) return formatDuration(abs, locale, style);
  const total = Math.floor(abs / 1000);
  const min = Math.floor(total / 60);
  const sec = total % 60;
  return min
    ? `${formatUnit(min, 'minute', locale, style)} ${formatUnit(sec, 'second', locale, style, 2)}`
    : formatUnit(sec, 'second', locale, style);
}

/** A stopwatch reading: "0:04:09", "1:12:00". */
export function formatClock(ms: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  return `${h}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** "just now", "12 min ago", then the short relative form ("3h ago", "2d ago"). */
export function formatUpdatedAgo(
  time: TimeInput,
  now: TimeInput = Date.now(),
  locale = 'en',
  m: Messages = en,
): string {
  const diff = toMs(now) - toMs(time);
  if (Number.isNaN(diff)) return '';
  if (diff < 60_000) return m.cards.summary.justNow;
  if (diff < 3_600_000) return m.cards.summary.minutesAgo(Math.floor(diff / 60_000));
  return formatRelativeTime(time, now, locale, m.format.unitStyle);
}

/** Minutes as "45m" / "1h 30m". */
export function formatMinutes(minutes: number, locale = 'en', m: Messages = en): string {
  return formatDuration(minutes * 60_000, locale, m.format.unitStyle);
}
