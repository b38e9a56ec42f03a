// React 19 host using the custom elements directly (React 19 sets known properties as
// properties and listens to `on<event-name>` props).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'hd-cockpit';
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
      <hd-provider
        adapter={adapter}
        featureAgentInbox={s.agentInbox}
        flags={{ customerHistoryPin: true }}
      >
        <hd-inbox
          view={s.view}
          pageSize={s.pageSize}
          onhd-ticket-open={(e) => update({ opened: e.detail.ticketId })}
          onhd-selection-change={(e) => update({ selected: e.detail.ticketIds.length })}
        >
          <div slot="legacy" id="legacy">
            Old queue (render {s.tick})
          </div>
        </hd-inbox>
        <hd-composer ticket-id={COMPOSER_TICKET}></hd-composer>
        <hd-customer-history variant={s.variant} history={s.history}></hd-customer-history>
      </hd-provider>
    </section>
  );
}

createRoot(document.getElementById('root')).render(<Host />);
