// React 19 host using the typed wrappers from hd-cockpit/react.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { HdProvider, HdInbox, HdComposer, HdCustomerHistory, allEvents } from 'hd-cockpit/react';
import { adapter, COMPOSER_TICKET, initialState, resolvePatch } from './shared.js';

function Host() {
  const [s, setState] = useState(initialState);
  const update = (patch) => setState((prev) => ({ ...prev, ...patch }));
  window.hostApi = { set: (patch) => flushSync(() => update(resolvePatch(patch))) };
  return (
    <section id="host">
      <p id="tick">Render {s.tick}</p>
      <output id="opened">{s.opened}</output>
      <output id="selected">{s.selected}</output>
      {/* a new flags object on every render, like most real code writes it */}
      <HdProvider
        adapter={adapter}
        featureAgentInbox={s.agentInbox}
        flags={{ customerHistoryPin: true }}
      >
        <HdInbox
          view={s.view}
          pageSize={s.pageSize}
          onHdTicketOpen={(e) => update({ opened: e.detail.ticketId })}
          onHdSelectionChange={(e) => update({ selected: e.detail.ticketIds.length })}
        >
          <div slot="legacy" id="legacy">
            Old queue (render {s.tick})
          </div>
        </HdInbox>
        <HdComposer ticketId={COMPOSER_TICKET} />
        <HdCustomerHistory variant={s.variant} history={s.history} />
      </HdProvider>
    </section>
  );
}

window.hdReactEvents = { all: allEvents };
createRoot(document.getElementById('root')).render(<Host />);
