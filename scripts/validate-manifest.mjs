#!/usr/bin/env node
/**
 * Offline manifest validation (office-addin-manifest's own `validate` calls an online service).
 * 1. XSD: Microsoft's [MS-OWEMXML] schemas (vendor/office-addin-manifest-xsd) with libxml2 (libxml2-wasm).
 * 2. What XSD does not check: unique ids, every resid resolving to a resource of the right kind, every URL
 *    HTTPS, and every URL under the base (the dev-server origin, or --base for a release manifest) pointing at a
 *    file the web build emits; with --base, every URL must lie under it (no localhost left).
 * Usage: node scripts/validate-manifest.mjs [manifest.xml] [--build-dir dist/web] [--base https://host/path/].
 * Exit 0 valid, 1 invalid.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const manifestPath = resolve(
  args.find((a, i) => !a.startsWith('--') && !['--build-dir', '--base'].includes(args[i - 1])) ?? join(root, 'manifest.xml'),
);
const buildDirArg = args.includes('--build-dir') ? args[args.indexOf('--build-dir') + 1] : null;
const buildDir = buildDirArg ? resolve(buildDirArg) : null;
const baseArg = args.includes('--base') ? args[args.indexOf('--base') + 1] : null;
const ORIGIN = baseArg ?? 'https://localhost:3000/';

const errors = [];
xmlRegisterFsInputProviders();
const xsdPath = join(root, 'vendor', 'office-addin-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const schemaDoc = XmlDocument.fromBuffer(readFileSync(xsdPath), { url: xsdPath });
const validator = XsdValidator.fromDoc(schemaDoc);
const xml = readFileSync(manifestPath, 'utf8');
let doc;
try {
  doc = XmlDocument.fromString(xml);
  validator.validate(doc);
} catch (e) {
  const details = e.details?.length ? e.details.map((d) => `line ${d.line}: ${d.message.trim()}`) : [String(e.message ?? e)];
  errors.push(...details.map((d) => `XSD: ${d}`));
}

// Structural checks XSD cannot express (text level, namespace-prefix agnostic).
const ids = [...xml.matchAll(/<(?:[\w]+:)?(\w+)\b[^>]*?\bid="([^"]+)"/g)].map((m) => ({ tag: m[1], id: m[2] }));
const seen = new Map();
for (const { tag, id } of ids) {
  if (seen.has(id)) errors.push(`duplicate id "${id}" (${seen.get(id)} and ${tag})`);
  seen.set(id, tag);
}
const resources = { Image: new Set(), Url: new Set(), String: new Set() };
for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) resources[m[1]].add(m[2]);
const kindOf = (tag) =>
  tag === 'Image' ? 'Image' : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Url'].includes(tag) ? 'Url' : 'String';
for (const m of xml.matchAll(/<(?:bt:)?(\w+)\b[^>]*?\bresid="([^"]+)"/g)) {
  const kind = kindOf(m[1]);
  if (!resources[kind].has(m[2])) errors.push(`resid "${m[2]}" of <${m[1]}> does not resolve to a bt:${kind}`);
}
for (const m of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)</g)) {
  const url = m[1] ?? m[2];
  if (!url.startsWith('https://')) errors.push(`URL is not HTTPS: ${url}`);
  else if (baseArg && !url.startsWith(ORIGIN) && !(m[2] && ORIGIN.startsWith(`${url}/`)))
    errors.push(`URL not under the base ${ORIGIN}: ${url}`);
  else if (buildDir && url.startsWith(ORIGIN) && url.length > ORIGIN.length) {
    const file = join(buildDir, url.slice(ORIGIN.length).split(/[?#]/)[0]);
    if (!existsSync(file)) errors.push(`URL ${url} has no file in the build output (${file})`);
  }
}
for (const size of ['16', '32', '80']) {
  if (!new RegExp(`<bt:Image size="${size}"`).test(xml)) errors.push(`ribbon icon of size ${size} missing`);
}

if (errors.length) {
  console.error(`manifest invalid: ${manifestPath}`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`manifest valid (XSD + resid/id/HTTPS${buildDir ? '/files' : ''} checks): ${manifestPath}`);
