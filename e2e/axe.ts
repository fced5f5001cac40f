import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The WCAG 2.x A and AA rules plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the whole page as it is now and fails with a readable list of what is wrong.
 * Returns how many rules passed, so callers can report that axe really looked at something.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<number> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations in state “${state}”`).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
  // Kept in the report (e.g. --reporter=json) so the figures can be quoted.
  test.info().annotations.push({
    type: 'axe',
    description: `${state}: ${results.violations.length} violations, ${results.passes.length} rules passed, ${results.incomplete.length} need review (${results.incomplete.map((r) => r.id).join(', ') || 'none'})`,
  });
  return results.passes.length;
}
