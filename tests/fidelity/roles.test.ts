/**
 * The role records against the annexes they transcribe, for each version of the
 * Framework: every responsibility word for word with its printed marker, and as
 * many per actor as the source prints.
 */
import { describe, expect, it } from 'vitest';
import { annexActors, type AnnexActor } from '../../src/lib/roles.ts';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, normalise, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

const roles = readRecords('roles');

/** Each version's annex in its seed, with footnote lines (printed at page feet, mid-list) left out. */
const annexes = {
  '2008': { document: 'ceb-2008-hlcm-5', from: 'ROLES AND RESPONSIBILITIES OF ACTORS', to: 'Security and Risk Management: A Guide for UN Managers', letters: 'ABCDEFGHIJKLMN', item: /^\s*(?:-\s*)?[a-z]{1,3}\)\s/ },
  '2009': { document: 'ceb-2009-hlcm-23-rev-1', from: '## ANNEX', to: '**Annex C**', letters: 'ABCDEFGHIJKLMNOP', item: /^\s*(?:-\s*)?\d+\.\s/ },
} as const;

describeWithSeeds('role records: transcription fidelity', () => {
  for (const [framework, spec] of Object.entries(annexes)) {
    describe(`Framework ${framework}`, () => {
      const seed = readSeed(SEED_OF_DOCUMENT[spec.document]!);
      const start = seed.indexOf(spec.from, framework === '2008' ? seed.indexOf('INTER-ORGANIZATIONAL SECURITY MEASURES') : 0);
      const lines = seed.slice(start, seed.indexOf(spec.to, start)).split('\n').filter((line) => !/^\s*(?:<sup>\d+<\/sup>|[¹²³⁴])/.test(line));
      const printed = normalise(lines.join('\n').replace(/[¹²³⁴]/g, ''));
      const actors = annexActors(roles, framework);
      const flat = actors.flatMap((a) => [a, ...a.children]);

      it('has every actor of the annex, in printed order', () => {
        expect(actors.map((a) => a.version.annex.letter).join('')).toBe(spec.letters);
      });

      it('has every responsibility word for word with its printed marker, and every lead-in', () => {
        const missing = flat.flatMap((a) => [
          ...a.version.responsibilities.filter((r) => !printed.includes(r.marker ? `${r.marker} ${r.text}` : r.text)).map((r) => `${a.id} ${r.marker ?? '(unnumbered)'}`),
          ...(a.version.leadIn && !printed.includes(normalise(a.version.leadIn)) ? [`${a.id} lead-in`] : []),
        ]);
        expect(missing).toEqual([]);
      });

      it('has as many responsibilities per actor as the source prints', () => {
        const headingOf = (a: AnnexActor) => normalise(a.children.length || !a.role.parent ? `${a.version.annex.letter}. ${a.version.annex.heading}` : a.version.annex.heading);
        let from = 0;
        const starts = flat.map((actor) => {
          const index = lines.findIndex((line, i) => i >= from && normalise(line).replace(/^\W+/, '').startsWith(headingOf(actor)));
          expect(index, `heading of ${actor.id} in the source`).toBeGreaterThanOrEqual(0);
          from = index + 1;
          return index;
        });
        const counts = flat.map((actor, i) => [actor.id, lines.slice(starts[i]! + 1, starts[i + 1] ?? lines.length).filter((line) => spec.item.test(line)).length]);
        expect(flat.map((a) => [a.id, a.version.responsibilities.filter((r) => r.marker).length])).toEqual(counts);
      });
    });
  }
});
