import { expect } from '@open-wc/testing';
import { slaRemainingMs, slaState, ticketSlaState } from './sla.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

describe('slaState', () => {
  it('is ok without due times and when targets are far away', () => {
    expect(slaState({}, NOW)).to.equal('ok');
    expect(slaState({ firstResponseDueAt: at(300), resolutionDueAt: at(3000) }, NOW)).to.equal(
      'ok',
    );
  });

  it('is breached when the first response is due and none was sent', () => {
    expect(slaState({ firstResponseDueAt: at(-1), resolutionDueAt: at(600) }, NOW)).to.equal(
      'breached',
    );
  });

  it('ignores the first-response target once a response was sent, even a late one', () => {
    const sla = { firstResponseDueAt: at(-60), firstResponseAt: at(-10), resolutionDueAt: at(600) };
    expect(slaState(sla, NOW)).to.equal('ok');
  });

  it('is breached when the resolution due time is past', () => {
    const sla = {
      firstResponseDueAt: at(-600),
      firstResponseAt: at(-650),
      resolutionDueAt: at(-5),
    };
    expect(slaState(sla, NOW)).to.equal('breached');
  });

  it('is at risk when the backend warned, and breached wins over warned', () => {
    expect(slaState({ resolutionDueAt: at(5000), warnedAt: at(-3) }, NOW)).to.equal('at_risk');
    expect(slaState({ resolutionDueAt: at(-1), warnedAt: at(-30) }, NOW)).to.equal('breached');
  });

  it('is at risk with less than 25% of the target left when the start is known', () => {
    const start = at(-210); // 4 h target, 30 min left = 12.5%
    const sla = { firstResponseDueAt: at(30) };
    expect(slaState(sla, NOW, start)).to.equal('at_risk');
    expect(slaState(sla, NOW)).to.equal('ok', 'without a start only warnedAt counts');
    expect(slaState({ firstResponseDueAt: at(60) }, NOW, at(-180))).to.equal(
      'ok',
      'exactly 25% left',
    );
    expect(slaState({ firstResponseDueAt: at(120) }, NOW, at(-120))).to.equal('ok');
  });

  it('accepts Date, epoch ms and ISO strings for now', () => {
    const sla = { resolutionDueAt: at(-1) };
    expect(slaState(sla, new Date(NOW))).to.equal('breached');
    expect(slaState(sla, NOW)).to.equal('breached');
    expect(slaState(sla, new Date(NOW).toISOString())).to.equal('breached');
  });

  it('treats a resolved or closed ticket as ok (the clock stopped)', () => {
    const sla = { resolutionDueAt: at(-100) };
    expect(ticketSlaState({ status: 'closed', sla }, NOW)).to.equal('ok');
    expect(ticketSlaState({ status: 'resolved', sla }, NOW)).to.equal('ok');
    expect(ticketSlaState({ status: 'pending', sla }, NOW)).to.equal('breached');
    const risky = {
      status: 'open' as const,
      sla: { resolutionDueAt: at(10) },
      createdAt: at(-470),
    };
    expect(ticketSlaState(risky, NOW)).to.equal('at_risk');
  });
});

describe('slaRemainingMs', () => {
  it('returns the time to the nearest pending due time', () => {
    const sla = { firstResponseDueAt: at(30), resolutionDueAt: at(600) };
    expect(slaRemainingMs(sla, NOW)).to.equal(30 * 60_000);
  });

  it('skips the answered first response and goes negative when overdue', () => {
    const sla = { firstResponseDueAt: at(30), firstResponseAt: at(-5), resolutionDueAt: at(-15) };
    expect(slaRemainingMs(sla, NOW)).to.equal(-15 * 60_000);
  });

  it('is undefined when nothing is pending', () => {
    expect(slaRemainingMs({}, NOW)).to.equal(undefined);
    expect(slaRemainingMs({ firstResponseDueAt: at(5), firstResponseAt: at(-1) }, NOW)).to.equal(
      undefined,
    );
  });
});
