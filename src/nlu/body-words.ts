import { stem } from './text';
/** Words any committee's name may hold, and what people do about meetings: they name no subject of their own. */
export const genericBodyWords = new Set(['board', 'committee', 'panel', 'group', 'forum', 'council', 'meeting', 'send', 'email', 'attend', 'watch', 'raise', 'put', 'go', 'come', 'join'].map(stem));
