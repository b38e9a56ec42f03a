// Gives the theme samples' probe elements something to render (a card and a peek).
import 'hd-cockpit';
import { createMemoryAdapter } from 'hd-cockpit/adapters/memory';

document.querySelector('#probe-card').history = {
  id: 'c-probe',
  name: 'Probe',
  vip: true,
  ticketsTotal: 1,
  ticketsClosed: 1,
  lastTickets: [{ id: 'x-1', number: 1, subject: 'Probe ticket', status: 'closed' }],
};
document.querySelector('#probe-peek').adapter = createMemoryAdapter();
