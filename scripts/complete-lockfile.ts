/**
 * npm run lockfile: adds to package-lock.json the platform-specific optional
 * packages (other operating systems' builds of Astro's compiler and of
 * Pagefind) that npm leaves out when the registry it uses does not serve those
 * versions. Without them `npm ci` refuses the lockfile as "out of sync". npm
 * skips these entries on install wherever their os/cpu do not match, so they
 * only make the lockfile complete. Run it after every `npm install` that
 * changes package-lock.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const PLATFORM = /[-/](android|darwin|linux|win32|windows|freebsd|wasm32)-(arm64|x64|arm|ia32|wasi)(?:-(gnu|musl|msvc))?$/;

/** os/cpu/libc as these packages declare them, read from their names ("@pagefind/windows-x64"). */
function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
  const match = PLATFORM.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi] = match;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return {
    os: [os === 'windows' ? 'win32' : os!],
    cpu: [cpu!],
    ...(abi === 'gnu' ? { libc: ['glibc'] } : abi === 'musl' ? { libc: ['musl'] } : {}),
  };
}

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform) continue;
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform entries: ${added.join(', ')}` : 'package-lock.json already lists every platform package');
