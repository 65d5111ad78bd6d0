import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('generated code', () => {
  it('is what `npm run gen` makes from schemas/ today (regenerate after editing a .proto)', () => {
    const out = mkdtempSync(join(tmpdir(), 'spanstream-proto-'));
    try {
      execFileSync(process.execPath, [join(here, 'gen.ts'), out], { stdio: 'pipe' });
      for (const file of ['protos.js', 'protos.d.ts']) {
        expect(
          readFileSync(join(out, file), 'utf8') === readFileSync(join(here, 'generated', file), 'utf8'),
        ).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
