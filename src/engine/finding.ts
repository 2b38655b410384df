/** The one place findings are made. */
import type { Category, RuleId, Severity, Span, Suggestion, Finding } from './types.js';

/**
 * A finding, its fields always in one order: findings made by one function share one shape, so
 * the code that sorts and reads thousands of them (pipeline.ts) stays on one fast path.
 */
export function makeFinding(
  ruleId: RuleId,
  category: Category,
  severity: Severity,
  span: Span,
  message: string,
  why: string,
  suggestions: readonly Suggestion[],
): Finding {
  return { ruleId, category, severity, span, message, why, suggestions };
}
