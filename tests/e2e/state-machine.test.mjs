// The element state machine has one table (static/loader/state.js, TRANSITIONS); docs/embedding.md
// draws it. The drawing must show every allowed transition and no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { TRANSITIONS } from '../../static/loader/state.js';

test('docs/embedding.md draws exactly the transitions of the loader\'s table', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'embedding.md'), 'utf8');
  const block = doc.match(/```mermaid\nstateDiagram-v2\n([\s\S]*?)```/);
  assert.ok(block, 'a mermaid stateDiagram-v2 in docs/embedding.md');
  const drawn = new Set();
  for (const line of block[1].split('\n')) {
    const m = line.match(/^\s*(\w+) --> (\w+)/);
    if (m && m[1] !== '[*]' && m[2] !== '[*]') drawn.add(`${m[1]} -> ${m[2]}`);
  }
  const table = new Set(Object.entries(TRANSITIONS).flatMap(([from, to]) => to.split(' ').filter(Boolean).map((t) => `${from} -> ${t}`)));
  assert.deepEqual([...drawn].sort(), [...table].sort());
  // Every state is reachable from the start and, but the final one, can leave.
  for (const [from, to] of Object.entries(TRANSITIONS)) {
    if (from !== 'removed') assert.ok(to.includes('removed'), `${from} can be removed`);
    for (const t of to.split(' ').filter(Boolean)) assert.ok(t in TRANSITIONS, `${from} -> ${t}: a state of the table`);
  }
});

test('an illegal transition throws in the test build and is logged (not thrown) in release', async () => {
  const { go } = await import('../../static/loader/state.js');
  const warn = console.warn;
  try {
    globalThis.NOC_TEST = true; // what scripts/build-loader.mjs --test defines
    assert.throws(() => go({ state: 'removed', tag: 'noc-card' }, 'live'), /illegal transition removed -> live of <noc-card>/);
    const legal = { state: 'painted', tag: 'noc-card' };
    go(legal, 'takingOver');
    assert.equal(legal.state, 'takingOver');
    globalThis.NOC_TEST = false; // release
    const logged = [];
    console.warn = (m) => logged.push(m);
    const inst = { state: 'live', tag: 'ee-calculator' };
    go(inst, 'painting');
    assert.deepEqual(logged, ['NOC widget: illegal transition live -> painting of <ee-calculator>']);
  } finally {
    console.warn = warn;
    delete globalThis.NOC_TEST;
  }
});
