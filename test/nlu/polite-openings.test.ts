import { beforeAll, describe, expect, it } from 'vitest';
import { questionWords } from '../../src/language/question-words';
import type { CatalogueIndex } from '../../src/nlu/catalogue-index';
import { understand } from '../../src/nlu/understand';
import { seedIndex, today } from './seed-index';

/**
 * A request wrapped around a question changes nothing of what it asks (CheckList's invariance test):
 * every opening in questions.json `politeOpenings`, before questions of each kind and question word,
 * is read as the question alone.
 */
describe('a question inside a polite request', () => {
  let index: CatalogueIndex;
  beforeAll(async () => {
    index = await seedIndex();
  });
  const read = (text: string) => understand(text, index, { today }).intent;

  const questions = [
    'who leads action 1.9 of the cyp plan',
    'when is the next cyp o&s meeting',
    'what is the custody rate in medway',
    'how many first time entrants were there in herefordshire',
    'which directors is the yot inspection report from',
    'who provides substance misuse services to the yot',
    'did case managers increase contact when they were more worried about a child’s safety',
    'is action 2.1 of the cyp plan on track',
  ];

  it.each(questions)('"… %s" is read as the question alone, whatever the opening', (question) => {
    const plain = read(question);
    for (const opening of questionWords.politeOpenings.phrases) {
      expect({ opening, intent: read(`${opening} ${question}`) }).toEqual({ opening, intent: plain });
    }
  });
});
