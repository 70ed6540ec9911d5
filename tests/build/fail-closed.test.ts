/**
 * The public edition, proven on real builds of modified content: nothing that
 * is not marked public reaches any file of the output, and invalid content
 * stops the build before anything is written.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-fixture.ts';

const CANARY = 'CANARY-7f3e9c1d-not-for-publication';

/** Text of a built file; Pagefind's index files are gzip-compressed, so read them unpacked. */
function readOutput(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return bytes.toString('latin1');
}

describe('public edition', () => {
  it('publishes no trace of confidential or internal records', () => {
    const copy = copyContent('content');
    copy.write(
      'policies/framework-for-accountability/2007.en.mdx',
      `---\npolicy: framework-for-accountability\nversion: "2007"\nlang: en\ntitle: "${CANARY} title"\nkind: policy\nstatus: draft\nclassification: confidential\nsources:\n  - document: ceb-2009-hlcm-23-rev-1\n    annex: B\nchangeNotes:\n  - date: "2026-01-01"\n    change: major\n    note: "Published on this site."\n---\n\n1. ${CANARY} paragraph.\n`,
    );
    copy.write('roles/canary-officer.yaml', `name: ${CANARY} role\nclassification: confidential\nsources:\n  - document: ceb-2009-hlcm-23-rev-1\n    annex: B\nversions:\n  - framework: "2009"\n    annex:\n      letter: Z\n      heading: ${CANARY} heading\n    responsibilities:\n      - marker: "1."\n        text: ${CANARY} duty\n    sources:\n      - document: ceb-2009-hlcm-23-rev-1\n        annex: B\n`);
    copy.write('glossary/canary.yaml', `term: ${CANARY} term\nclassification: internal\nsources:\n  - document: ceb-2009-hlcm-23-rev-1\n    annex: B\n`);
    copy.write('documents/canary-report.yaml', `title: ${CANARY} report\nclassification: confidential\nsources:\n  - document: canary-report\n    part: cover page\n`);

    const build = buildSite(copy.root);
    expect(build.status, build.output).toBe(0);
    const files = globSync('**/*', { cwd: build.outDir, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    // The build did publish the public content, including its HTML, search index and sitemap.
    expect(readOutput(join(build.outDir, 'policies/framework-for-accountability/index.html'))).toContain('Designated Official');
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    expect(files.some((f) => f.includes('sitemap'))).toBe(true);
    const leaks = files.filter((f) => readOutput(f).includes(CANARY));
    expect(leaks).toEqual([]);
  });

  it('stops the build on invalid content and says where', () => {
    const copy = copyContent('content');
    copy.edit('roles/warden.yaml', (t) => t.replace('classification: public\n', ''));
    const build = buildSite(copy.root);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${copy.path('roles/warden.yaml')}:2: "classification" is missing`);
    expect(build.output).toContain('nothing was built');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('stops the build on a dangling reference, which Astro alone would only log', () => {
    const copy = copyContent('content');
    copy.edit('sessions/2009-08-london.yaml', (t) => t.replace('policies: [framework-for-accountability]', 'policies: [framework-for-accountability, no-such-policy]'));
    const build = buildSite(copy.root);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/2009-08-london\.yaml:\d+: "no-such-policy" is not a known policy/);
  });
});
