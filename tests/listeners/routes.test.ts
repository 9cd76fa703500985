import { describe, expect, it } from 'vitest';
import { Routes } from '../../src/listeners/routes.js';

describe('one Bolt listener per kind, routing by id', () => {
  function routes() {
    const seen: string[] = [];
    const table = new Routes<{ id: string }>('test');
    table.add('milestone_done', async ({ id }) => void seen.push(`done:${id}`));
    table.add(/^home_page_/, async ({ id }) => void seen.push(`page:${id}`));
    return { table, seen, listener: table.listener(({ id }) => id) };
  }

  it('hands a request to the handler of its exact id, else of the pattern it matches', async () => {
    const { listener, seen } = routes();
    await listener({ id: 'milestone_done' });
    await listener({ id: 'home_page_all' });
    expect(seen).toEqual(['done:milestone_done', 'page:home_page_all']);
  });

  it('does nothing for an id no handler has (nothing acknowledges it, as with no Bolt listener)', async () => {
    const { table, listener, seen } = routes();
    expect(table.find('milestone_don')).toBeUndefined();
    await listener({ id: 'milestone_don' });
    expect(seen).toEqual([]);
  });

  it('refuses a second handler for an id, in whichever order exact ids and patterns come', () => {
    const { table } = routes();
    expect(() => table.add('milestone_done', async () => {})).toThrow('two test handlers for milestone_done');
    expect(() => table.add('home_page_2', async () => {})).toThrow('two test handlers for home_page_2');
    expect(() => table.add(/^milestone_/, async () => {})).toThrow('two test handlers for /^milestone_/');
    table.add('milestone_move', async () => {});
  });
});
