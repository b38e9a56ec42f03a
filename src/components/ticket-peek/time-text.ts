/**
 * Time texts the peek needs beyond `model/format.ts`: countdowns with seconds near a deadline,
 * stopwatch clocks for running timers, and "updated N min ago".
 */
import { formatDuration, formatRelativeTime } from '../../model/format.js';
import { toMs, type TimeInput } from '../../model/sla.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A countdown for an absolute amount of milliseconds: seconds are shown under an hour
 * ("12m 05s", "45s"), otherwise at most two units ("3h 5m", "2d 4h").
 */
export function formatCountdown(ms: number): string {
  const abs = Math.abs(ms);
  if (!Number.isFinite(abs)) return '';
  if (abs >= 3_600_000) return formatDuration(abs);
  const total = Math.floor(abs / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m ? `${m}m ${pad(s)}s` : `${s}s`;
}

/** A stopwatch reading: "0:04:09", "1:12:00". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  return `${h}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** "just now", "12 min ago", then the short relative form ("3h ago", "2d ago"). */
export function formatUpdatedAgo(time: TimeInput, now: TimeInput = Date.now()): string {
  const diff = toMs(now) - toMs(time);
  if (Number.isNaN(diff)) return '';
  if (diff < 60_000) return 'just now';
  if (diff < 3_600_000) return `${Math.floor(diff / 60_000)} min ago`;
  return formatRelativeTime(time, now);
}

/** Minutes as "45m" / "1h 30m". */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes * 60_000);
}
