/** What every generator module returns: files to write, by path relative to the content folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** Header comment of every generated YAML record. */
export const GENERATED = 'Synthetic record written by `npm run corpus`: placeholder facts, not SPM content.';
