import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultManifestDir } from '../../src/cli/app-package/build-package';
import { colourIcon, outlineIcon } from '../../src/cli/app-package/icons';
import { decodePng, encodePng } from '../../src/cli/app-package/png';

const read = (name: string) => decodePng(readFileSync(join(defaultManifestDir, name)));

describe('the app icons', () => {
  it('has a 192x192 colour icon with no transparent pixels', () => {
    const icon = read('color.png');
    expect([icon.width, icon.height]).toEqual([192, 192]);
    for (let i = 3; i < icon.data.length; i += 4) expect(icon.data[i]).toBe(255);
  });

  it('has a 32x32 outline icon that is only white on transparent, as Teams requires', () => {
    const icon = read('outline.png');
    expect([icon.width, icon.height]).toEqual([32, 32]);
    let inked = 0;
    for (let i = 0; i < icon.data.length; i += 4) {
      const [r, g, b, a] = icon.data.subarray(i, i + 4);
      if (a === 0) continue;
      inked++;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(inked).toBeGreaterThan(100);
    expect(inked).toBeLessThan(32 * 32 * 0.6);
  });

  it('matches what src/cli/make-icons.ts draws, so the files can be regenerated', () => {
    expect(readFileSync(join(defaultManifestDir, 'color.png')).equals(encodePng(colourIcon()))).toBe(true);
    expect(readFileSync(join(defaultManifestDir, 'outline.png')).equals(encodePng(outlineIcon()))).toBe(true);
  });
});
