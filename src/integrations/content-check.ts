/**
 * Runs `npm run check` before every production build and stops it on any
 * error: Astro alone would only log a dangling reference and publish.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/check/index.ts';
import { contentRoot } from '../lib/content-kinds.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'spm:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems, errors, files } = checkContent(contentRoot());
        for (const p of problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        if (errors) throw new Error(`The content has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built. Fix them and run \`npm run check\`.`);
        logger.info(`content checked: ${files} files, no errors`);
      },
    },
  };
}
