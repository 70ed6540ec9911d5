import { describe, expect, it } from 'vitest';
import { englishForms, fold, frenchForms, segments, termMatcher, type TermPattern } from './terms.ts';

const fr = (id: string, term: string, acronyms: string[] = []): TermPattern => ({ id, forms: frenchForms(term), acronyms });
const found = (text: string, patterns: TermPattern[]) => termMatcher(patterns)(text).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('fold', () => {
  it('lower-cases and drops accents without moving positions', () => {
    expect(fold("l’Équipe DÉSIGNÉE")).toBe("l'equipe designee");
    expect(fold('œuvre').length).toBe('œuvre'.length);
  });
});

describe('French forms', () => {
  it('puts the words before the first linking word in the plural', () => {
    expect(frenchForms('responsable désigné')).toContain('responsables désignés');
    expect(frenchForms('équipe de coordination du dispositif de sécurité')).toContain('équipes de coordination du dispositif de sécurité');
    expect(frenchForms('Secrétaire général adjoint à la sûreté et à la sécurité')).toContain('Secrétaires généraux adjoints à la sûreté et à la sécurité');
  });
  it('gives the singular of a plural term', () => {
    expect(frenchForms('chefs de secrétariat')).toContain('chef de secrétariat');
  });
});

describe('English forms', () => {
  it('inflects the head noun', () => {
    expect(englishForms('Designated Official')).toContain('Designated Officials');
    expect(englishForms('Executive Heads')).toContain('Executive Head');
    expect(englishForms('Agency Security Focal Point')).toContain('Agency Security Focal Points');
    expect(englishForms('Chief of Security and Safety Services')).toContain('Chiefs of Security and Safety Services');
  });
});

describe('termMatcher', () => {
  const smt = fr('smt', 'équipe de coordination du dispositif de sécurité');
  const doFr = fr('do', 'responsable désigné');
  it('finds an elided form ("l\'Équipe") regardless of case and accents', () => {
    expect(found("Les membres de l'Équipe de coordination du dispositif de sécurité", [smt])).toEqual([['smt', 'Équipe de coordination du dispositif de sécurité']]);
    expect(found('L’EQUIPE DE COORDINATION DU DISPOSITIF DE SECURITE', [smt])).toHaveLength(1);
  });
  it('finds plural forms ("des responsables désignés")', () => {
    expect(found('la nomination des responsables désignés', [doFr])).toEqual([['do', 'responsables désignés']]);
  });
  it('does not match inside another word', () => {
    expect(found('irresponsable désigné', [doFr])).toEqual([]);
  });
  it('matches acronyms exactly, not as lower-case words', () => {
    const p: TermPattern = { id: 'do', forms: englishForms('Designated Official'), acronyms: ['DO'] };
    expect(found('The DO shall do so.', [p])).toEqual([['do', 'DO']]);
  });
  it('keeps the longest of overlapping terms', () => {
    const security: TermPattern = { id: 'security', forms: ['sécurité'], acronyms: [] };
    expect(found("l'équipe de coordination du dispositif de sécurité et la sécurité", [security, smt])).toEqual([
      ['smt', 'équipe de coordination du dispositif de sécurité'],
      ['security', 'sécurité'],
    ]);
  });
});

describe('segments', () => {
  it('cuts the text at the matches', () => {
    const text = 'Le responsable désigné décide.';
    expect(segments(text, termMatcher([fr('do', 'responsable désigné')])(text))).toEqual([{ text: 'Le ' }, { text: 'responsable désigné', id: 'do' }, { text: ' décide.' }]);
  });
});
