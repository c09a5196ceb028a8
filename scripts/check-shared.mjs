#!/usr/bin/env node
/**
 * The tests build their fixtures from the published documents in ../shared (seeds, domain notes, code tables).
 * Without that folder every test would fail on a missing file: say so once, with what is needed, and stop.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const needed = ['seeds', 'domain/identities.md', 'data/classification', 'data/external'];
const missing = needed.filter((p) => !existsSync(join(shared, p)));
if (missing.length) {
  console.error(
    `测试需要与本仓库并列的 shared 文件夹（${shared}），缺少：${missing.join('、')}。\n` +
      `The tests need the shared folder beside this repository (../shared with seeds/, domain/, data/): missing ${missing.join(', ')}.`,
  );
  process.exit(1);
}
