/** The reference screenshots (npm run screenshots) are kept for every page kind at both widths, at the size the script shoots. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pageKinds, screenshotHeight, screenshotName, screenshotWidths } from '../page-kinds.ts';

const DIR = 'tests/screenshots';

it('holds one reference per page kind and width, a PNG of the size the script shoots, and nothing else', () => {
  const expected = pageKinds.flatMap((path) => screenshotWidths.map((width) => ({ name: screenshotName(path, width), width })));
  expect(readdirSync(DIR).toSorted()).toEqual(expected.map((e) => e.name).toSorted());
  for (const { name, width } of expected) {
    const png = readFileSync(`${DIR}/${name}`);
    // The PNG signature, then the IHDR chunk: width and height, big-endian.
    expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([width, screenshotHeight]);
  }
});
