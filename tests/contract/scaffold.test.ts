import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineUnitModule } from '@sesao28/kit';
import { describeUnitContract } from '@sesao28/kit/testing';
import { readTemplate, renderUnit } from '@sesao28/schema/scaffold';
import { afterAll, describe } from 'vitest';

// A unit made by `npm run new-unit` passes the contract suite as it comes out of the template:
// rendered for a made-up unit into a temporary folder (never into services/); its SDL is built at start.
const data = { code: 'SCHOLARSHIP', slug: 'scholarshipFund', port: 4010, nameTh: 'กลุ่มกองทุนเพื่อการศึกษา', nameEn: 'Scholarship Fund' };
const dir = mkdtempSync(path.join(tmpdir(), 'sesao28-new-unit-'));
const files = renderUnit(readTemplate(), data);
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}
const manifest = JSON.parse(files.get('manifest.json')!);
// What the rendered src/index.ts does: defineUnitModule(manifest, import.meta.url).
const unit = defineUnitModule(manifest, pathToFileURL(path.join(dir, 'src', 'index.ts')).href);

describe('scaffolded unit (npm run new-unit)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  describeUnitContract(unit);
});
