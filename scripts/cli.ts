/**
 * What the project's command-line scripts share: reading options (each script keeps
 * its own parseArgs call, so their types are inferred), --help, and a refusal that
 * names what is wrong, prints the usage and exits with code 2.
 */
export interface Cli<V> {
  values: V;
  fail(message: string): never;
}

export function readCli<V extends { help?: boolean | undefined }>(
  usage: string,
  parse: () => V,
): Cli<V> {
  const fail = (message: string): never => {
    console.error(`${message}\n\n${usage}`);
    process.exit(2);
  };
  let values: V;
  try {
    values = parse();
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return { values, fail };
}
