import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * package.json says what the project uses, no more and no less: every package a source file imports is
 * declared, and every declared package is imported, named in a config or stylesheet, or run as a command
 * by an npm script. What the deploy job runs (the smoke check) needs only `dependencies`, since that job
 * installs nothing else.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  imports?: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
const manifest = (name: string) =>
  JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
    peerDependencies?: Record<string, string>;
  };

/** Every source file git knows or would add (tracked, or untracked and not ignored). */
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(?:[cm]?[jt]sx?|css)$/.test(file) && existsSync(file));

const SPECIFIERS = [
  /^\s*(?:import|export|\})[^'"\n]*?\bfrom\s+['"]([^'"]+)['"]/gm, // import … from, export … from (a statement's last line)
  /^\s*import\s+['"]([^'"]+)['"]/gm, // side-effect import
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import(), typeof import()
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bcreateRequire\([^)]*\)\(\s*['"]([^'"]+)['"]/g,
  /@(?:import|plugin)\s+['"]([^'"]+)['"]/g, // CSS: Tailwind and its plugins
];

function specifiersIn(text: string, { runtimeOnly = false } = {}): string[] {
  // Type-only imports are erased before anything runs.
  const code = runtimeOnly ? text.replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, '') : text;
  return SPECIFIERS.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]));
}

/** The package a bare specifier names ('@scope/name/sub' → '@scope/name'), or undefined for files, builtins and aliases. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || specifier.startsWith('node:') || specifier.startsWith('@/') || specifier.startsWith('#')) return undefined;
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return builtinModules.includes(name) ? undefined : name;
}

/** The package whose types @types/<name> holds ('@types/a__b' → '@a/b'). */
const typedPackage = (types: string) => types.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');

const imported = new Map<string, string[]>();
const quoted = new Set<string>();
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  for (const name of specifiersIn(text).map(packageOf)) {
    if (name) imported.set(name, [...(imported.get(name) ?? []), file]);
  }
  for (const m of text.matchAll(/['"]([@\w][\w./@-]*)['"]/g)) quoted.add(m[1]);
}

/** Commands the npm scripts and .ci/run start by name: each first word, and what npx runs. */
const commandText = [...Object.values(pkg.scripts), readFileSync('.ci/run', 'utf8')].join('\n');
function runAsCommand(name: string): boolean {
  const { bin } = manifest(name);
  const bins = typeof bin === 'string' ? [name.split('/').at(-1)!] : Object.keys(bin ?? {});
  return bins.some((bin) =>
    new RegExp(`(?:^|[\\s;&|(]|npx\\s+)${bin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'm').test(commandText),
  );
}

describe('package.json', () => {
  it('declares every package a source file imports (or its @types package, for type-only packages)', () => {
    const undeclared = [...imported]
      .filter(([name]) => !declared.has(name) && !declared.has(`@types/${name.replace(/^@(.+)\/(.+)$/, '$1__$2')}`))
      .map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(undeclared).toEqual([]);
  });

  it('declares no package that nothing imports, names in a config or stylesheet, or runs as a command', () => {
    // Named in a string: a PostCSS plugin key, a file read from node_modules/<name>/, a command spawned.
    const used = (name: string) => imported.has(name) || quoted.has(name) || runAsCommand(name);
    // A peer dependency of a used package (vite for vitest) is declared to choose its version.
    const peers = new Set([...declared].filter(used).flatMap((name) => Object.keys(manifest(name).peerDependencies ?? {})));
    const unused = [...declared].filter((name) => {
      if (name.startsWith('@types/')) {
        const typed = typedPackage(name);
        // @types/node: the builtins (node:…) the code imports.
        return typed === 'node' ? false : !imported.has(typed) && !declared.has(typed);
      }
      return !used(name) && !peers.has(name);
    });
    expect(unused).toEqual([]);
  });

  it('the smoke check, which the deploy job runs after installing only dependencies, imports only dependencies', () => {
    // Its runner: the npm script's command is a dependency's.
    const [runner] = pkg.scripts['smoke-check'].split(' ');
    expect(Object.keys(pkg.dependencies)).toContain(runner);

    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of specifiersIn(readFileSync(file, 'utf8'), { runtimeOnly: true })) {
        if (specifier.startsWith('.')) {
          const base = join(dirname(file), specifier);
          const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(
            (path) => existsSync(path) && statSync(path).isFile(),
          );
          if (found) visit(found);
        } else {
          const name = packageOf(specifier);
          if (name) packages.add(name);
        }
      }
    };
    visit(join('scripts', 'smoke-check.ts'));
    expect(seen.size).toBeGreaterThan(1);
    expect([...packages].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });
});
