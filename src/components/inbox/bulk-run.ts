/** Running a bulk action of `<hd-inbox>` over its selection. */
import { AdapterError, type ActionContext } from '../../adapter/types.js';
import type { ActionExecutor } from '../../actions/action-executor.js';
import { setSelected, ticketLabel } from '../../model/selection.js';
import { bulkPatch, type BulkAction } from './bulk-footer.js';
import type { HdInbox } from './inbox.js';

/**
 * Runs `action` for every selected ticket through the ActionExecutor: one
 * `hd-action-executed` per ticket inside `hd-bulk-action-started` / `-completed`; failures
 * never stop the batch (the executor yields between writes, so the page stays responsive).
 * Shows progress, then the result line ("Bulk close: 4 ok, 1 failed" + failed numbers and
 * the adapter's messages), removes the processed tickets from the selection and reloads the
 * counts and the page.
 */
export async function runBulkAction(
  host: HdInbox,
  action: BulkAction,
  executor: ActionExecutor,
  context: () => Promise<ActionContext>,
): Promise<void> {
  const adapter = host.enabledAdapter;
  if (!adapter || host.progress || !host.selection.ids.length) return;
  const snapshot = host.selection;
  const ids = [...snapshot.ids];
  host.bulkResult = undefined;
  host.notice = '';
  host.progress = { action, done: 0, total: ids.length };
  let ctx: ActionContext;
  try {
    ctx = await context();
  } catch (err) {
    host.progress = undefined;
    host.notice = AdapterError.from(err).message;
    return;
  }
  const patch = bulkPatch(action, ctx.actorId);
  let shownPercent = 0;
  const outcome = await executor.executeBulk(
    action,
    ids,
    ctx,
    (id, c) => adapter.updateTicket(id, patch, c),
    {
      onProgress: (done, total) => {
        // re-render at most once per percent: a batch of hundreds stays cheap
        const percent = Math.floor((done / total) * 100);
        if (percent === shownPercent && done < total) return;
        shownPercent = percent;
        host.progress = { action, done, total };
      },
    },
  );
  host.progress = undefined;
  host.bulkResult = {
    action,
    ok: outcome.ok,
    failed: outcome.failed,
    failures: outcome.results
      .filter((r) => !r.ok)
      .map((r) => ({ label: ticketLabel(snapshot, r.ticketId), message: r.error?.message })),
  };
  const processed = ids.map((id) => ({ id, number: snapshot.numbers[id] }));
  host.setSelection(setSelected(host.selection, processed, false), false);
  host.refresh();
}
