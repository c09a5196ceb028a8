/**
 * Offline manifest validation (scripts/validate-manifest.mjs: Microsoft's XSDs via libxml2-wasm + resid/id/HTTPS/file
 * checks). The real manifest passes; each kind of breakage fails with its reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'bd-manifest-'));

function validate(xml: string, extra: string[] = []): { ok: boolean; output: string } {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'validate-manifest.mjs'), file, ...extra], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stderr: string; stdout: string };
    return { ok: false, output: err.stderr + err.stdout };
  }
}

it('the project manifest is valid', () => {
  const r = validate(manifest);
  expect(r.output).toContain('manifest valid');
  expect(r.ok).toBe(true);
});

it('asks only for ExcelApi 1.1 (newer sets are detected at run time) and puts the button on the Home tab in group 预算公开', () => {
  expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.1"\/>/);
  expect(manifest).toMatch(/<Sets DefaultMinVersion="1.1">/);
  expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  expect(manifest).toMatch(/id="Group.Label" DefaultValue="预算公开"/);
  expect(manifest).toMatch(/id="OpenPane.Label" DefaultValue="预算公开助手"/);
});

it.each([
  ['a missing resid', manifest.replace('resid="Group.Label"', 'resid="Group.Missing"'), /resid "Group.Missing"/],
  [
    'a wrong element order (ProviderName before Version)',
    manifest.replace(
      '<Version>0.1.0.0</Version>\n  <ProviderName>预算公开助手</ProviderName>',
      '<ProviderName>预算公开助手</ProviderName>\n  <Version>0.1.0.0</Version>',
    ),
    /XSD: .*ProviderName.*not expected/,
  ],
  [
    'an http URL',
    manifest.replace('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
    /not HTTPS: http:\/\/localhost:3000\/commands.html/,
  ],
  ['a duplicate id', manifest.replace('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'), /duplicate id "Icon.16x16"/],
  ['a bad permission value', manifest.replace('ReadWriteDocument', 'ReadAll'), /XSD: .*Permissions/],
])('rejects %s', (_what, xml, reason) => {
  expect(xml).not.toBe(manifest);
  const r = validate(xml);
  expect(r.ok).toBe(false);
  expect(r.output).toMatch(reason);
});

it('with --build-dir, a URL with no file in the build output fails', () => {
  const r = validate(manifest, ['--build-dir', dir]);
  expect(r.ok).toBe(false);
  expect(r.output).toMatch(/taskpane.html has no file in the build output/);
});
