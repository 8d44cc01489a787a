// Command-line inputs → the list of files to convert. A file is taken as named; a folder is
// searched for documents; a quoted glob is matched by the tool (so it behaves the same in every
// shell). Hidden folders and node_modules are never searched, and --ignore prunes more.
import { statSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { compileGlob, globDepth, normalisePattern, splitGlob } from './glob.js';

export interface InputFile {
  /** Absolute path, or null for standard input ("-"). */
  path: string | null;
  /** The path as the user would write it: shown in messages and stored as `source.name`. */
  name: string;
}

export interface Expansion {
  files: InputFile[];
  /** The folder each argument stands for, from which outputs mirror the tree (see plan.ts). */
  roots: string[];
  /** Arguments (folders, globs) that gave no file, to tell the user. */
  empty: string[];
  /** Whether any argument was a folder or a glob, which may stand for any number of files. */
  searched: boolean;
}

export interface ExpandOptions {
  cwd: string;
  /** --ignore patterns: with a `/` they match the path from cwd, without one any file or folder name. */
  ignore: readonly string[];
  /** A folder never searched (the output folder, so a second run does not read its own output). */
  exclude: string | null;
}

/** Extensions a folder search takes; a file named on the command line is read whatever its name. */
const documentExtensions = new Set(['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'pdf', 'html', 'htm', 'xhtml', 'docx']);

export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expansion> {
  const ignored = ignoreMatcher(options);
  const seen = new Set<string>();
  const expansion: Expansion = { files: [], roots: [], empty: [], searched: false };
  const add = (file: InputFile) => {
    const key = file.path ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    expansion.files.push(file);
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ path: null, name: '-' });
      continue;
    }
    const path = resolve(options.cwd, arg);
    const kind = await kindOf(path);
    const glob = kind === null ? splitGlob(arg) : null;
    const before = expansion.files.length;
    if (kind === 'directory') {
      expansion.searched = true;
      expansion.roots.push(path);
      await walk(path, arg, folderRule, ignored, add);
    } else if (glob) {
      const root = resolve(options.cwd, glob.base || '.');
      expansion.searched = true;
      expansion.roots.push(root);
      if ((await kindOf(root)) === 'directory') await walk(root, glob.base || '.', globRule(glob.glob), ignored, add);
    } else {
      // A file, or a path that does not exist: parsing it reports the reason with the name.
      expansion.roots.push(dirname(path));
      add({ path, name: arg });
    }
    if (expansion.files.length === before && kind !== 'file') expansion.empty.push(arg);
  }
  return expansion;
}

/** What a search does with an entry, given its path below the searched folder. */
type Rule = (rel: string, isDirectory: boolean) => 'take' | 'search' | 'skip';

const folderRule: Rule = (rel, isDirectory) => (isDirectory ? 'search' : documentExtensions.has(extension(rel)) ? 'take' : 'skip');

/** A folder that a glob matches is searched like a folder argument, as the shell would pass it. */
function globRule(pattern: string): Rule {
  const matches = compileGlob(pattern);
  const maxDepth = globDepth(pattern);
  const depthOf = (rel: string) => rel.split('/').length;
  return (rel, isDirectory) => {
    if (!isDirectory) return matches(rel) ? 'take' : 'skip';
    if (matches(rel)) return 'take';
    return depthOf(rel) < maxDepth ? 'search' : 'skip';
  };
}

async function walk(
  root: string,
  shownRoot: string,
  rule: Rule,
  ignored: (path: string) => boolean,
  add: (file: InputFile) => void,
  rel = '',
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, rel), { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we can convert; its files are not "failed"
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const path = join(root, childRel);
    if (ignored(path)) continue;
    // Symbolic links to folders are not followed: they can loop, and the target is usually
    // searched already.
    const isDirectory = entry.isDirectory();
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await kindOf(path)) === 'file');
    if (!isDirectory && !isFile) continue;
    const action = rule(childRel, isDirectory);
    const name = join(shownRoot, childRel);
    if (action === 'skip') continue;
    if (!isDirectory) add({ path, name });
    else if (action === 'take') await walk(path, name, folderRule, ignored, add);
    else await walk(root, shownRoot, rule, ignored, add, childRel);
  }
}

// Only the folders above the searched one can be hidden (searches skip hidden entries), so `*`
// and `**` may cross them: `--ignore '.archive/**/drafts'` works. A pattern without a `/` is
// matched against the name, which also works outside the current folder (`**` never matches `..`).
function ignoreMatcher({ cwd, ignore, exclude }: ExpandOptions): (path: string) => boolean {
  const matchers = ignore
    .map(normalisePattern)
    .filter((pattern) => pattern !== '')
    .map((pattern) => {
      const matches = compileGlob(pattern, { dot: true });
      return pattern.includes('/') ? matches : (rel: string) => matches(rel.slice(rel.lastIndexOf('/') + 1));
    });
  return (path) => path === exclude || matchers.some((matches) => matches(relative(cwd, path).replaceAll(sep, '/')));
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'other' | null> {
  try {
    // Synchronous: a stat through Node's thread pool starts its threads and waits for one of them,
    // a start-up cost on a loaded machine (bench: start-up). Reading is synchronous too (readInputFile).
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') + 1 ? name.slice(dot + 1).toLowerCase() : '';
}
