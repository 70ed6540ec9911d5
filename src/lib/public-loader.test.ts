/** The store a loader writes to: public entries only, and no rewrite for data that did not change. */
import type { DataStore } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { publicStore } from './public-loader.ts';

type Entry = Parameters<DataStore['set']>[0];

/** An in-memory store recording what reaches it. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  const writes: string[] = [];
  const moduleImports: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      writes.push(entry.id);
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    addModuleImport: (file: string) => void moduleImports.push(file),
  } as unknown as DataStore;
  return { store, entries, writes, moduleImports };
}

const text = (title: string, classification = 'public'): Entry => ({
  id: 'p/2009.en',
  data: { title, classification, published: new Date('2009-08-04') },
  filePath: 'content/policies/p/2009.en.mdx',
  digest: title,
  deferredRender: true,
});

describe('publicStore', () => {
  it('stores a public entry, and keeps out or removes one that is not public', () => {
    const { store, entries } = memoryStore();
    expect(publicStore(store).set(text('A policy'))).toBe(true);
    expect(entries.has('p/2009.en')).toBe(true);
    expect(publicStore(store).set(text('A policy', 'restricted'))).toBe(false);
    expect(entries.has('p/2009.en')).toBe(false);
  });

  it('does not store again an entry whose data is unchanged, as when only its body was edited', () => {
    const { store, writes, moduleImports } = memoryStore();
    const filtered = publicStore(store);
    filtered.set(text('A policy'));
    // A new digest (the file changed) and an equal copy of the data, as the loader parses it again.
    expect(filtered.set({ ...text('A policy'), digest: 'edited body' })).toBe(false);
    expect(writes).toEqual(['p/2009.en']);
    expect(moduleImports).toEqual(['content/policies/p/2009.en.mdx']);
  });

  it('stores an entry again when its data or its file changed', () => {
    const { store, writes, entries } = memoryStore();
    const filtered = publicStore(store);
    filtered.set(text('A policy'));
    expect(filtered.set(text('A renamed policy'))).toBe(true);
    expect(entries.get('p/2009.en')?.data.title).toBe('A renamed policy');
    expect(filtered.set({ ...text('A renamed policy'), data: { ...text('A renamed policy').data, published: new Date('2009-08-05') } })).toBe(true);
    expect(filtered.set({ ...text('A renamed policy'), filePath: 'content/policies/p/moved.en.mdx' })).toBe(true);
    expect(writes).toHaveLength(4);
  });
});
