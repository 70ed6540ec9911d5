/** The check's readings of MDX bodies, reused by the pages only for the very text the check read. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './check/index.ts';
import { paragraphsOfBody } from './paragraphs.ts';
import { paragraphsOf, shareReadings } from './readings.ts';

const FILE = 'content/policies/iasmn-terms-of-reference/2009.en.mdx';
const text = readFileSync(FILE, 'utf8');
// As Astro gives it: the text after the frontmatter, trimmed.
const body = text.slice(text.indexOf('\n---', 3) + 4).trim();

afterEach(() => shareReadings([]));

describe('paragraphsOf', () => {
  it('reads the body itself when the build has shared no reading', () => {
    expect(paragraphsOf(FILE, body)).toEqual(paragraphsOfBody(body));
    expect(paragraphsOf(undefined, body)).toEqual(paragraphsOfBody(body));
  });

  it('uses the shared reading of the same text, without reading it again', () => {
    const paragraphs = [{ number: '1', text: 'As the check read it.' }];
    shareReadings([{ path: FILE, text, paragraphs }]);
    expect(paragraphsOf(FILE, body)).toBe(paragraphs);
  });

  it('reads the body again when it is not the text the check read', () => {
    shareReadings([{ path: FILE, text, paragraphs: [{ number: '1', text: 'Stale.' }] }]);
    const edited = body.replace('1. ', '1. Edited: ');
    expect(paragraphsOf(FILE, edited)).toEqual(paragraphsOfBody(edited));
  });

  it('gets from the check the same paragraphs as reading each policy body, for all the content', () => {
    const texts = checkContent('content').loaded.filter((f) => f.body);
    expect(texts.length).toBeGreaterThan(30);
    for (const { path, text: source, body: digest } of texts) {
      const astroBody = source.slice(source.indexOf('\n---', 3) + 4).trim();
      expect(digest!.paragraphs.map((p) => ({ number: String(p.number), text: p.text })), path).toEqual(paragraphsOfBody(astroBody));
    }
  });
});
