/**
 * A person's 1:1 chat is found by the Entra id in its reference (to notify them), by index rather
 * than by reading every conversation.
 */
export const personalChatIndex = `
CREATE INDEX conversations_personal_user ON conversations ((lower(reference->'user'->>'aadObjectId')))
  WHERE conversation_type = 'personal'
`;
