import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createCardRenderer, defaultCardsDir } from '../cards/render';
import { cardPage } from './card-screenshots/page';
import { buildScenes, sceneNames } from './card-screenshots/scenes';

const usage = `Usage: npm run cards:screenshots [-- <card name> ...] [--chromium <path>]

Renders every card in cards/ (expanded with its .sample.json) with the official adaptivecards
renderer in headless Chromium, at desktop and phone widths, into docs/cards/<name>-desktop.png and
docs/cards/<name>-phone.png, and rewrites docs/cards/README.md to show them all. With no card
named (or with "scenes"), it also draws the scenes: the compose box's search results and both views
of an action's card in a shared chat, from the bundled packs.
`;

const outDir = resolve(__dirname, '..', '..', 'docs', 'cards');
// Teams' desktop chat column gives a card about 560 px; a phone about 360 px less the margins.
const widths = { desktop: 560, phone: 344 } as const;

/** `npm run cards:screenshots`: see {@link usage}. */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(usage);
    return 0;
  }
  const at = argv.indexOf('--chromium');
  const executablePath = at >= 0 ? argv[at + 1]! : '/usr/bin/chromium';
  const wanted = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--chromium');
  const renderer = createCardRenderer();
  const all = readdirSync(defaultCardsDir).filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json')).map((f) => f.replace(/\.json$/, '')).sort();
  const names = wanted.length > 0 ? wanted.filter((name) => name !== 'scenes') : all;
  mkdirSync(outDir, { recursive: true });

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
    // --lang: date and time inputs follow the browser's language, as a UK councillor's Teams would.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-GB'],
  });
  let failures = 0;
  /** Draws one card at both widths (with `above` over it); the number of renderer complaints. */
  const shoot = async (name: string, card: object, above = ''): Promise<number> => {
    let complaints = 0;
    for (const [device, width] of Object.entries(widths)) {
      const page = await browser.newPage({
        viewport: { width: width + 16, height: 400 },
        deviceScaleFactor: device === 'phone' ? 2 : 1,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      // NOTE: offline by design: the page carries the renderer inline and may fetch nothing.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(cardPage(card, width, above));
      await page.waitForFunction(() => (globalThis as unknown as { rendered?: boolean }).rendered === true);
      const errors = await page.evaluate(() => (globalThis as unknown as { renderErrors: string[] }).renderErrors);
      if (errors.length > 0) {
        complaints++;
        process.stderr.write(`${name}: the renderer reported ${errors.join('; ')}\n`);
      }
      await page.locator('#frame').screenshot({ path: join(outDir, `${name}-${device}.png`) });
      await page.close();
    }
    return complaints;
  };
  try {
    for (const name of names) {
      let card;
      try {
        card = renderer.render(name, JSON.parse(readFileSync(join(defaultCardsDir, `${name}.sample.json`), 'utf8')) as object);
      } catch (error) {
        failures++;
        process.stderr.write(`${name}: not drawn: ${(error as Error).message}\n`);
        continue;
      }
      failures += await shoot(name, card);
      process.stdout.write(`${name}: docs/cards/${name}-desktop.png, docs/cards/${name}-phone.png\n`);
    }
    // The scenes: real outputs from the bundled packs (drawn with every card, or when "scenes" is named).
    if (wanted.length === 0 || wanted.includes('scenes')) {
      for (const scene of await buildScenes(renderer)) {
        failures += await shoot(scene.name, scene.card, scene.above);
        process.stdout.write(`${scene.name}: docs/cards/${scene.name}-desktop.png, docs/cards/${scene.name}-phone.png\n`);
      }
    }
  } finally {
    await browser.close();
  }
  // The gallery shows every card that has both pictures, drawn now or before.
  const drawn = (name: string) => Object.keys(widths).every((device) => existsSync(join(outDir, `${name}-${device}.png`)));
  writeFileSync(join(outDir, 'README.md'), gallery(all.filter(drawn), Object.keys(sceneNames).filter(drawn)));
  return failures > 0 ? 1 : 0;
}

/** docs/cards/README.md: every card at both widths, regenerated with the images. */
function gallery(names: string[], scenes: string[]): string {
  const rows = names.map(
    (name) => `## ${name}\n\n\`cards/${name}.json\` with \`cards/${name}.sample.json\`\n\n<img src="${name}-desktop.png" alt="${name} card, desktop" width="576"> <img src="${name}-phone.png" alt="${name} card, phone" width="360">\n`,
  );
  const sceneRows = scenes.map(
    (name) => `## ${name}\n\n${sceneNames[name]}. Drawn from the bundled packs by \`src/cli/card-screenshots/scenes.ts\`.\n\n<img src="${name}-desktop.png" alt="${name}, desktop" width="576"> <img src="${name}-phone.png" alt="${name}, phone" width="360">\n`,
  );
  return `# The cards, as the Adaptive Cards renderer draws them\n\nGenerated by \`npm run cards:screenshots\` (headless Chromium, the official \`adaptivecards\` renderer, a Teams-like light host config): each card in \`cards/\` expanded with its sample data, at desktop width (560 px card) and phone width (344 px card). Do not edit by hand: run the script again after changing a card. Date and time inputs show the format of Chromium's language packs (US without Debian's chromium-l10n); Teams shows each person's own.\n\n${rows.join('\n')}${sceneRows.length > 0 ? `\n# Scenes\n\nThe bot in use, from the bundled packs through the bot's own services and views.\n\n${sceneRows.join('\n')}` : ''}`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
