import type { Decision } from '../types.js';
import { lazyView } from './lazy.js';

/** Letters and forms are only needed after an outcome: their code loads then, outside the first load. */
export const Documents = lazyView<{ decision: Decision; question: string }>(() => import('./documents.js').then((m) => m.Documents));
