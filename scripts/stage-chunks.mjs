// Trunk hook (post_build): minifies each app's JS (Trunk 0.21.14 cannot parse
// wasm-bindgen 0.2.130's output and ships it as is), keeping the integrity
// the page pins for it; then puts the chunks that scripts/bin/wasm-bindgen cut
// out of an app into the build. Each chunk is optimised like the main module
// (wasm-opt -Oz, in release) and named by its content hash, so that it can be
// cached for good and a new release never mixes old and new chunks; their
// loader, __wasm_split.js, is rewritten to those names and to the main
// module's hashed name. The loader keeps its name (the main module imports
// it, and the main module's integrity is pinned in the page): the server
// sends it with validators, never as immutable. Beside it, chunks.json names
// the files each split function fetches (its chunk and the shared ones it
// needs), for the server to have a deep link preload them.
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || '.', 'target');
const splits = join(target, 'wasm-split');
if (!staging) process.exit(0);

/** Minifies the ES module `file` of the staging folder in place; returns its new text. */
async function minified(file) {
  const path = join(staging, file);
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  return code;
}

const staged = readdirSync(staging);
if (release) {
  // The main module's integrity, as the page pins it, follows its new text.
  const html = staged.filter((f) => f.endsWith('.html'));
  for (const file of staged.filter((f) => /^[a-z]+-[0-9a-f]+\.js$/.test(f))) {
    const code = await minified(file);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    for (const page of html) {
      const text = readFileSync(join(staging, page), 'utf8');
      const pinned = new RegExp(`(href="?/?[^" >]*${file}"?[^>]*integrity="?)sha384-[A-Za-z0-9+/=]+`, 'g');
      writeFileSync(join(staging, page), text.replace(pinned, `$1${integrity}`));
    }
  }
}
/**
 * The files each split function of `loader` (wasm-split's, before
 * minifying) fetches, by its name (`faq`, `texts_fr_faq`): its own chunk and
 * every shared chunk it waits for, as the loader names them (`./chunk_14.wasm`).
 */
function fetchedBy(loader) {
  const load = /(?:const (__chunk_\d+)|export const __wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"[\s\S]*?\n\}\n, \[([^\]]*)\]/g;
  const chunks = new Map();
  const splits = new Map();
  for (const [, chunk, split, file, deps] of loader.matchAll(load)) {
    const entry = { file, deps: deps.split(',').map((d) => d.trim()).filter(Boolean) };
    (chunk ? chunks : splits).set(chunk ?? split, entry);
  }
  const files = (entry, seen = new Set()) => {
    seen.add(`./${entry.file}`);
    for (const dep of entry.deps) {
      const chunk = chunks.get(dep);
      if (!chunk) throw new Error(`__wasm_split.js: ${dep} is not defined`);
      files(chunk, seen);
    }
    return seen;
  };
  return Object.fromEntries([...splits].map(([name, entry]) => [name, [...files(entry)]]));
}

if (!existsSync(splits)) process.exit(0);
for (const name of readdirSync(splits)) {
  // Trunk's hashed name of this app's main module, if this build is its.
  const main = staged.find((f) => new RegExp(`^${name}-[0-9a-f]+\\.js$`).test(f));
  if (!main) continue;
  const dir = join(splits, name);
  let loader = readFileSync(join(dir, '__wasm_split.js'), 'utf8');
  const fetched = fetchedBy(loader);
  const hashedName = new Map();
  const scratch = mkdtempSync(join(tmpdir(), 'chunks-'));
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.wasm') && f !== `${name}.wasm`)) {
      let source = join(dir, file);
      if (release) {
        const optimised = join(scratch, file);
        execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
          '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types',
          '--enable-multivalue', '--output', optimised, source], { stdio: ['ignore', 'ignore', 'pipe'] });
        source = optimised;
      }
      const bytes = readFileSync(source);
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      const hashed = file.replace(/\.wasm$/, `-${hash}.wasm`);
      writeFileSync(join(staging, hashed), bytes);
      loader = loader.replaceAll(`"./${file}"`, `"./${hashed}"`);
      hashedName.set(`./${file}`, `/${hashed}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  loader = loader.replace(`from "./${name}.js"`, `from "./${main}"`);
  writeFileSync(join(staging, '__wasm_split.js'), loader);
  const manifest = Object.fromEntries(Object.entries(fetched)
    .map(([split, files]) => [split, files.map((f) => hashedName.get(f)).sort()]));
  writeFileSync(join(staging, 'chunks.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  if (release) await minified('__wasm_split.js');
}
