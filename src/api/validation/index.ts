import { costLimit } from './cost-limit.rule';
import { maxAliases } from './max-aliases.rule';
import { maxDepth } from './max-depth.rule';
import { pageSizeLimit } from './page-size.rule';

/** Rules that reject abusive operations before anything executes; the page-size rule first, for its clearer error. */
export const limitRules = () => [pageSizeLimit(), maxDepth(), maxAliases(), costLimit()];
