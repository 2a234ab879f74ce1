/** Fails when a translation key is missing from en.json or hi.json, or a value is empty. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Tree = { [key: string]: string | Tree };
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/i18n');
const languages = ['en', 'hi'] as const;

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, full)) out.set(k, v);
    } else out.set(full, value);
  }
  return out;
}

const catalogs = Object.fromEntries(
  languages.map((lang) => [lang, flatten(JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), 'utf8')) as Tree)]),
) as Record<(typeof languages)[number], Map<string, unknown>>;

const problems: string[] = [];
const allKeys = new Set(languages.flatMap((lang) => [...catalogs[lang].keys()]));
for (const key of [...allKeys].sort()) {
  for (const lang of languages) {
    const value = catalogs[lang].get(key);
    if (value === undefined) problems.push(`${lang}.json: missing "${key}"`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`${lang}.json: empty or non-text value for "${key}"`);
  }
}
const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',') : '');
for (const key of allKeys) {
  if (placeholders(catalogs.en.get(key)) !== placeholders(catalogs.hi.get(key))) {
    problems.push(`"${key}": placeholders differ between en and hi`);
  }
}
if (problems.length) {
  console.error(`i18n check failed (${problems.length} problems):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n check passed: ${allKeys.size} keys in ${languages.join(', ')}.`);
