import { describe, expect, it } from 'vitest';
import { smallTalkOf } from '../../src/language/small-talk';

describe('small talk', () => {
  it.each(['hi', 'Hello!', 'hey there', 'good morning all', 'morning', 'who are you?', 'Hi bot'])('reads "%s" as a greeting', (text) => {
    expect(smallTalkOf(text)).toBe('greeting');
  });

  it.each(['thanks', 'Thanks!', 'thank you very much', "cheers, that's really helpful", 'ok', 'ta', "that's really helpful", '👍', '🙏🙏', '👍🏽'])('reads "%s" as thanks', (text) => {
    expect(smallTalkOf(text)).toBe('thanks');
  });

  it.each(['helpful', '.', '...', '!!', 'hi, who leads action 1.9', 'thanks for the care leavers figures', 'morning meeting of cabinet', 'ok so what is the target', '?', '', '   ', 'great yarmouth'])(
    'leaves "%s" to be read as a question or command',
    (text) => {
      expect(smallTalkOf(text)).toBeUndefined();
    },
  );
});

describe('small talk on a long message', () => {
  it('reads a message longer than a chat remark as a question, whatever its words', () => {
    expect(smallTalkOf('ok '.repeat(10_000))).toBeUndefined();
    expect(smallTalkOf('ok ok ok')).toBe('thanks');
  });
});
