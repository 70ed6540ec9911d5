/** The YAML records of one content kind, validated by its schema: what tests compare pages and sources with. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { contentKinds } from '../../src/lib/content-kinds.ts';

type YamlKind = 'glossary' | 'roles' | 'manual' | 'matrices' | 'sessions' | 'topics' | 'documents' | 'transition';

export function readRecords<K extends YamlKind>(kind: K, root = 'content'): { id: string; data: z.output<(typeof contentKinds)[K]['schema']> }[] {
  const { folder, schema } = contentKinds[kind];
  return readdirSync(join(root, folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: schema.parse(parseYaml(readFileSync(join(root, folder, file), 'utf8'))) as z.output<(typeof contentKinds)[K]['schema']> }));
}
