import { describe, expect, it } from 'vitest';
import { append, groupByEach } from './group.ts';

describe('append', () => {
  it('starts a list under a new key and adds to it under a known one', () => {
    const lists = new Map<string, number[]>();
    append(lists, 'a', 1);
    append(lists, 'b', 2);
    append(lists, 'a', 3);
    expect([...lists]).toEqual([['a', [1, 3]], ['b', [2]]]);
  });
});

describe('groupByEach', () => {
  it('files each item under each of its keys, once, in the items’ order', () => {
    const decisions = [
      { id: 'd1', topics: ['funding', 'training'] },
      { id: 'd2', topics: ['training', 'training'] },
      { id: 'd3', topics: [] },
    ];
    const byTopic = groupByEach(decisions, (d) => d.topics);
    expect([...byTopic.keys()]).toEqual(['funding', 'training']);
    expect(byTopic.get('training')?.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});
