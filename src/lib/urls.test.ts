import { describe, expect, it } from 'vitest';
import { langFromParam, langParam, policyUrl, translatePath } from './urls.ts';

describe('urls', () => {
  it('puts French under /fr/ with the same path', () => {
    expect(policyUrl('en', 'framework-for-accountability')).toBe('/policies/framework-for-accountability/');
    expect(policyUrl('fr', 'framework-for-accountability')).toBe('/fr/policies/framework-for-accountability/');
  });
  it('switches language to the same page', () => {
    expect(translatePath('/policies/x/', 'fr')).toBe('/fr/policies/x/');
    expect(translatePath('/fr/policies/x/', 'en')).toBe('/policies/x/');
    expect(translatePath('/fr/', 'en')).toBe('/');
    expect(translatePath('/', 'fr')).toBe('/fr/');
    expect(translatePath('/fr', 'en')).toBe('/');
    expect(translatePath('/french-history/', 'fr')).toBe('/fr/french-history/');
  });
  it('maps route params both ways', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langFromParam(langParam('fr'))).toBe('fr');
    expect(langFromParam(undefined)).toBe('en');
  });
});
