import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultManifestDir } from './app-package/build-package';
import { colourIcon, outlineIcon } from './app-package/icons';
import { encodePng } from './app-package/png';

/** `npx tsx src/cli/make-icons.ts`: redraws manifest/color.png and manifest/outline.png. */
for (const [file, image] of [
  ['color.png', colourIcon()],
  ['outline.png', outlineIcon()],
] as const) {
  const png = encodePng(image);
  writeFileSync(join(defaultManifestDir, file), png);
  process.stdout.write(`Wrote manifest/${file} (${image.width}x${image.height}, ${png.length} bytes)\n`);
}
