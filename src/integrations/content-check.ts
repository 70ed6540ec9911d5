/**
 * Runs `npm run check` before every production build and stops it on any
 * error: Astro alone would only log a dangling reference and publish. It shares
 * the check's read cache, so a build after `npm run check` reads no file twice,
 * and hands its readings of the MDX files (frontmatter, paragraphs) to the
 * pages (lib/readings.ts).
 */
import type { AstroIntegration } from 'astro';
import { checkCachedContent, formatProblem } from '../lib/check/index.ts';
import { contentRoot } from '../lib/content-kinds.ts';
import { shareReadings } from '../lib/readings.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'spm:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems, errors, files, loaded } = await checkCachedContent(contentRoot());
        shareReadings(
          loaded.flatMap(({ path, text, body, data }) => (body ? [{ path, text, yaml: data, paragraphs: body.paragraphs.map((p) => ({ number: String(p.number), text: p.text })) }] : [])),
        );
        for (const p of problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        if (errors) throw new Error(`The content has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built. Fix them and run \`npm run check\`.`);
        logger.info(`content checked: ${files} files, no errors`);
      },
    },
  };
}
