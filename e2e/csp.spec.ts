import { test, expect } from './fixtures';

test.describe('Content-Security-Policy', () => {
  test('the built page carries a strict policy and the app runs under it without a violation', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:/);
    // The fixture fails this test on any violation report; a selection exercises the map and the worker.
    await atlas.mention('Donetsk').click();
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: true });
  });

  test('the built embed page carries the same policy as the full app, and runs under it without a violation', async ({
    atlas,
    page,
  }) => {
    const policyOf = async (path: string) => {
      const html = await (await page.request.get(path)).text();
      const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
      expect(metas, `one CSP meta in ${path}`).toHaveLength(1);
      return metas[0]?.[1] ?? '';
    };
    // Each page allows its own inline stylesheets by hash, and nothing else differs.
    const withoutHashes = (p: string) => p.replace(/ &#39;sha256-[\w+/=]+&#39;/g, '');
    const app = await policyOf('/');
    expect(app).toContain('default-src');
    expect(withoutHashes(await policyOf('/embed.html'))).toBe(withoutHashes(app));
    // The fixture fails this test on any violation report: map, worker, a selection and the article toggle.
    await atlas.open('/embed.html?place=UA-14');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Read the article' }).click();
    await atlas.mention('Kherson').click();
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: true });
  });

  test('the policy is enforced: an injected inline script does not run and is reported', async ({ page }) => {
    // No atlas fixture here: this test provokes the very violation the fixture forbids.
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto('/');
    const result = await page.evaluate(async () => {
      const w = window as Window & { __ran?: boolean };
      const reported = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
          once: true,
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      return { directive: await reported, ran: w.__ran === true };
    });
    expect(result).toEqual({ directive: 'script-src-elem', ran: false });
    expect(messages.some((m) => /Content Security Policy/.test(m))).toBe(true);
  });
});
