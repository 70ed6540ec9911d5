/**
 * The matrix at the size the Policy Unit will reach: 500 generated rows added to
 * a copy of the content still build, count and render. The rows are made up here,
 * in a temporary copy, and never published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { transitionStatuses } from '../../src/schemas/transition.ts';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-fixture.ts';

const ROWS = 500;
/** Generated statuses that need nothing more: transitioned rows name a target, the others stand alone. */
const statuses = ['transitioned', 'in-progress', 'retained'] as const;

it(`builds and renders a matrix of ${ROWS} more rows`, () => {
  const copy = copyContent('content');
  for (let i = 1; i <= ROWS; i++) {
    const status = statuses[i % statuses.length]!;
    copy.write(
      `transition/generated-${String(i).padStart(3, '0')}.yaml`,
      [
        'fsh:',
        `  title: "Generated part ${i}"`,
        `  reference: "Chapter ${10 + Math.ceil(i / 50)}, Section ${String.fromCharCode(65 + (i % 26))}"`,
        '  parent: fsh',
        `status: ${status}`,
        ...(status === 'transitioned' ? ['replacedBy:', '  - policy: security-policy-manual'] : []),
        'mapping:',
        '  basis: inferred',
        '  how: Generated for the test.',
        'classification: public',
        'sources:',
        '  - document: ceb-2010-hlcm-20',
        '    paragraph: "127"',
        '',
      ].join('\n'),
    );
  }
  const build = buildSite(copy.root);
  expect(build.status, build.output).toBe(0);
  const html = (path: string) => parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
  const matrix = html('transition');
  const rows = matrix.querySelectorAll('table.transition-table tbody tr');
  expect(rows).toHaveLength(ROWS + readdirSync('content/transition').length);
  const counts = Object.fromEntries(transitionStatuses.map((s) => [s, rows.filter((r) => r.getAttribute('data-status') === s).length]));
  for (const status of transitionStatuses)
    expect(html(`transition/matrix/${status}`).querySelectorAll('table.transition-table tbody tr')).toHaveLength(counts[status]!);
  expect(html('transition/generated-500').querySelector('h1')?.textContent).toBe('Generated part 500');
}, 300_000);
