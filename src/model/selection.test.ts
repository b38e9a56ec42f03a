import { expect } from '@open-wc/testing';
import {
  EMPTY_SELECTION,
  isSelected,
  pageSelectionState,
  parseSelection,
  rangeBetween,
  selectRange,
  selectionKey,
  setSelected,
  ticketLabel,
  toggle,
  togglePage,
  type Selection,
} from './selection.js';

const items = [1, 2, 3, 4, 5].map((n) => ({ id: `t${n}`, number: 1000 + n }));
const [a, b, c, d, e] = items;

describe('selection', () => {
  it('toggles one ticket on and off without mutating the input', () => {
    const one = toggle(EMPTY_SELECTION, b);
    expect(one.ids).to.deep.equal(['t2']);
    expect(one.numbers).to.deep.equal({ t2: 1002 });
    expect(toggle(one, b)).to.deep.equal({ ids: [], numbers: {} });
    expect(EMPTY_SELECTION.ids).to.have.length(0);
  });

  it('adds in pick order without duplicates and removes only what is asked', () => {
    let sel = setSelected(EMPTY_SELECTION, [c, a], true);
    sel = setSelected(sel, [a, b], true);
    expect(sel.ids).to.deep.equal(['t3', 't1', 't2']);
    sel = setSelected(sel, [a, e], false);
    expect(sel.ids).to.deep.equal(['t3', 't2']);
    expect(sel.numbers).to.deep.equal({ t3: 1003, t2: 1002 });
    expect(setSelected(sel, [e], false)).to.equal(sel);
  });

  it('computes ranges in list order, in either direction', () => {
    expect(rangeBetween(items, 't2', 't4').map((i) => i.id)).to.deep.equal(['t2', 't3', 't4']);
    expect(rangeBetween(items, 't4', 't2').map((i) => i.id)).to.deep.equal(['t2', 't3', 't4']);
    expect(rangeBetween(items, undefined, 't3').map((i) => i.id)).to.deep.equal(['t3']);
    expect(rangeBetween(items, 'elsewhere', 't3').map((i) => i.id)).to.deep.equal(['t3']);
    expect(rangeBetween(items, 't1', 'missing')).to.deep.equal([]);
  });

  it('selects or deselects a whole range after the target state', () => {
    let sel = toggle(EMPTY_SELECTION, a);
    sel = selectRange(sel, items, 't1', 't4');
    expect(sel.ids).to.deep.equal(['t1', 't2', 't3', 't4']);
    sel = selectRange(sel, items, 't4', 't2');
    expect(sel.ids).to.deep.equal(['t1']);
  });

  it('reports the page state for the indeterminate checkbox and toggles the page', () => {
    const ids = items.map((i) => i.id);
    expect(pageSelectionState(EMPTY_SELECTION, ids)).to.equal('none');
    const some = toggle(EMPTY_SELECTION, d);
    expect(pageSelectionState(some, ids)).to.equal('some');
    const all = togglePage(some, items);
    expect(pageSelectionState(all, ids)).to.equal('all');
    expect(all.ids).to.have.length(5);
    expect(togglePage(all, items).ids).to.deep.equal([]);
    expect(pageSelectionState(all, [])).to.equal('none');
  });

  it('keeps tickets selected on other pages when a page is toggled', () => {
    const other = { id: 'x9', number: 9 };
    const sel = togglePage(toggle(EMPTY_SELECTION, other), items);
    expect(togglePage(sel, items).ids).to.deep.equal(['x9']);
  });

  it('reads persisted data defensively', () => {
    const good: Selection = { ids: ['t1', 't2'], numbers: { t1: 1001, t2: 1002 } };
    expect(parseSelection(JSON.parse(JSON.stringify(good)))).to.deep.equal(good);
    expect(parseSelection(null)).to.deep.equal(EMPTY_SELECTION);
    expect(parseSelection('t1')).to.deep.equal(EMPTY_SELECTION);
    expect(parseSelection({ ids: ['a', 3, 'a'], numbers: { a: 'x' } })).to.deep.equal({
      ids: ['a'],
      numbers: {},
    });
  });

  it('names tickets by number and keys the store per agent', () => {
    const sel = toggle(EMPTY_SELECTION, c);
    expect(isSelected(sel, 't3')).to.equal(true);
    expect(ticketLabel(sel, 't3')).to.equal('#1003');
    expect(ticketLabel(sel, 'zz')).to.equal('zz');
    expect(selectionKey('agent-7')).to.equal('selection:agent-7');
  });
});
