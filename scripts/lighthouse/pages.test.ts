import { describe, expect, it } from 'vitest';
import { frenchPath, PAGE_KINDS, pagesToAudit } from './pages.ts';

describe('pages to audit', () => {
  it('puts the French page under /fr, query included', () => {
    expect(frenchPath('/')).toBe('/fr/');
    expect(frenchPath('/search/?q=security')).toBe('/fr/search/?q=security');
    expect(() => frenchPath('policies/')).toThrow();
  });

  it('audits every kind in English then French', () => {
    const pages = pagesToAudit([{ kind: 'Home', path: '/' }, { kind: 'Roles', path: '/roles/' }]);
    expect(pages).toEqual([
      { kind: 'Home', lang: 'en', path: '/' },
      { kind: 'Home', lang: 'fr', path: '/fr/' },
      { kind: 'Roles', lang: 'en', path: '/roles/' },
      { kind: 'Roles', lang: 'fr', path: '/fr/roles/' },
    ]);
  });

  it('lists each kind once, as a root-relative path', () => {
    expect(new Set(PAGE_KINDS.map((k) => k.kind)).size).toBe(PAGE_KINDS.length);
    expect(new Set(PAGE_KINDS.map((k) => k.path)).size).toBe(PAGE_KINDS.length);
    for (const { path } of PAGE_KINDS) expect(path).toMatch(/^\/(?!fr\/)/);
    expect(pagesToAudit()).toHaveLength(PAGE_KINDS.length * 2);
  });
});
