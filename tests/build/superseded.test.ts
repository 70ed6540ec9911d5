/**
 * A superseded version, proven on a build of modified content: no policy in the
 * sources has one yet (the 2009 Framework is recorded as proposed only), so a
 * later Terms of Reference is made up here, in a temporary copy, never published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-fixture.ts';

const TOR = 'policies/iasmn-terms-of-reference';

it('says on a superseded version that it is earlier, which version is current and which replaced it', () => {
  const copy = copyContent('content');
  copy.edit(`${TOR}/2009.en.mdx`, (t) => t.replace('status: in-force\n', 'status: superseded\nsupersededBy:\n  version: "2099"\n'));
  copy.write(
    `${TOR}/2099.en.mdx`,
    readFileSync(copy.path(`${TOR}/2009.en.mdx`), 'utf8')
      .replace('version: "2009"', 'version: "2099"')
      .replace('status: superseded\nsupersededBy:\n  version: "2099"\n', 'status: in-force\n')
      // Not at a recorded session: the event keeps its own dates.
      .replace('    session: 2009-08-london\n', '')
      .replace('date: "2009-08-04"', 'date: "2099-01-04"')
      .replace('endDate: "2009-08-06"', 'endDate: "2099-01-06"'),
  );
  const build = buildSite(copy.root);
  expect(build.status, build.output).toBe(0);
  const html = (path: string) => parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
  const banner = html(`${TOR}/versions/2009`).querySelector('.version-banner');
  expect(banner?.textContent.replace(/\s+/g, ' ').trim()).toBe('This is an earlier version of this document, kept for reference. The current version is Version 2099. It was replaced by Version 2099.');
  expect(banner?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/${TOR}/versions/2099/`, `/${TOR}/versions/2099/`]);
  // The policy URL shows the version in force, with no "not yet in force" notice.
  const current = html(TOR);
  expect(current.querySelector('.policy-meta')?.textContent).toContain('2099');
  expect(current.querySelector('.pending')).toBeNull();
}, 300_000);
