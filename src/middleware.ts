/**
 * In the dev server, each request renders inside its own scope, so that the
 * shapes pages derive from the content (data/content.ts) are derived once per
 * request rather than once per use: a policy page uses the policy list five times.
 */
import { defineMiddleware } from 'astro:middleware';
import { requestScope } from './data/content.ts';

export const onRequest = defineMiddleware((_, next) => (import.meta.env.PROD ? next() : requestScope.run(new Map(), next)));
