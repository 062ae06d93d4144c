/**
 * The directions plan administrators set in Teams ("lower is better for <indicator>"), kept with the
 * plan's other settings by indicator id, each with who set it and when. (An indicator's target state
 * travels in its imported document, like the rest of what the import read.)
 */
export const indicatorDirection = `
ALTER TABLE plan_settings ADD COLUMN directions jsonb NOT NULL DEFAULT '{}'::jsonb
`;
