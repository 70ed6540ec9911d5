/**
 * Safe MDX: content is text, not code. No scripts, no event handlers, no
 * `javascript:` URLs, no expressions, and imports only of the project's own
 * content components. (Paragraph numbering is checked in body.ts.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { LineProblem } from './body.ts';

/** Folder of the components an MDX file may use. */
export const CONTENT_COMPONENTS = 'src/components/content';

/** Inline HTML that carries meaning and no behaviour. */
const SAFE_ELEMENTS = new Set(['abbr', 'b', 'br', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

/** The content components, read once per process. */
export const contentComponentNames = (() => {
  let names: Set<string> | undefined;
  return (): Set<string> => {
    const folder = resolve(CONTENT_COMPONENTS);
    names ??= new Set(existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.astro')).map((f) => f.slice(0, -'.astro'.length)) : []);
    return names;
  };
})();

/** Browsers ignore control characters and white space inside a URL scheme. */
function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

function attributeProblems(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, element: string): string[] {
  if (attribute.type === 'mdxJsxExpressionAttribute') return [`<${element}> spreads a JavaScript expression into its attributes; write each attribute as plain text`];
  const messages: string[] = [];
  if (/^on/i.test(attribute.name)) messages.push(`<${element}> has an event handler "${attribute.name}"; content may not run scripts, so remove it`);
  if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) messages.push(`<${element}> has a javascript: URL in "${attribute.name}"; link to a page instead`);
  else if (attribute.value && typeof attribute.value === 'object') messages.push(`<${element}> gives "${attribute.name}" a JavaScript expression; write the value as plain text in quotes`);
  return messages;
}

/** Anything in a body that could run code or is not allowed; `path` is the file's, for the imports it makes. */
export function safetyProblems(tree: Root, path: string): LineProblem[] {
  const problems: LineProblem[] = [];
  const report = (node: Nodes | undefined, message: string) => problems.push({ line: node?.position?.start.line ?? 1, message });
  const components = contentComponentNames();
  const componentsFolder = resolve(CONTENT_COMPONENTS) + sep;

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of node.data?.estree?.body ?? []) {
          if (statement.type !== 'ImportDeclaration') {
            report(node, 'MDX files may not export or run code; remove this statement');
            continue;
          }
          const from = String(statement.source.value);
          const target = resolve(dirname(path), from);
          if (!target.startsWith(componentsFolder)) report(node, `import from "${from}" is not allowed; MDX may import only the content components in ${CONTENT_COMPONENTS}/`);
        }
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'JavaScript expressions in { } are not allowed in content; write plain text (type \\{ for a literal brace)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^script$/i.test(name)) report(node, '<script> is not allowed in content; policies are text, and pages add their own behaviour');
        else if (/^[A-Z]/.test(name) ? !components.has(name) : !SAFE_ELEMENTS.has(name.toLowerCase()))
          report(node, /^[A-Z]/.test(name) ? `<${name}> is not a content component (those are in ${CONTENT_COMPONENTS}/)` : `the HTML element <${name || 'fragment'}> is not allowed in content; use Markdown or a content component`);
        for (const attribute of node.attributes) for (const message of attributeProblems(attribute, name)) report(node, message);
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (isScriptUrl(node.url)) report(node, 'javascript: URLs are not allowed; link to a page instead');
        break;
    }
  });

  return problems;
}
