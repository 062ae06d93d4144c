import { seedIndex } from './test/nlu/seed-index';
import { understand } from './src/nlu/understand';
(async () => {
  const index = await seedIndex();
  for (const q of process.argv.slice(2)) {
    const u = understand(q, index, { today: new Date('2020-01-02T12:00:00') });
    console.log('\n#', q, '\n  =>', JSON.stringify(u.intent).slice(0, 300));
    for (const r of u.ranked.slice(0, 6)) console.log('  ', r.score.toFixed(3), r.reading.key, JSON.stringify([...r.reading.explained]), r.reading.precision.toFixed(2));
  }
})();
