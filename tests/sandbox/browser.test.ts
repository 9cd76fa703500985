/**
 * The sandbox in a real browser: Debian's headless Chromium driven by playwright-core, against
 * the page the main server serves at /sandbox and the real app behind it. Screenshots of the
 * steps go to a temporary folder, or with SANDBOX_SCREENSHOTS=1 to docs/screenshots/ (shown in
 * the README), so an ordinary test run leaves the checkout as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { SANDBOX_TEAM_ID, WINS_CHANNEL } from '../../src/sandbox/demo.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { useTestSandbox } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS =
  process.env.SANDBOX_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
    : `${join(tmpdir(), 'pathway-sandbox-screenshots')}/`;
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `Sandbox browser tests skipped: ${CHROMIUM} is missing; install Debian's chromium: apt-get install chromium`,
  );

const SAM = 'U0SBSAM01';
const PRIYA = 'U0SBPRIYA';
const MAYA = 'U0SBMAYA1';
const LEO = 'U0SBLEO01';
const ALEX = 'U0SBALEX1';

describe.skipIf(!hasChromium)('the sandbox in Chromium', () => {
  // The scheduler ticks only when the sandbox asks (clock buttons, "Run scheduler now").
  const running = useTestSandbox({ scheduler: { enabled: true, tick: '0 0 1 1 *', workspaceRatePerSecond: 50 } });
  let db: Database;
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const { db: database, sandbox: started, url } = running();
    db = database;
    sandbox = started;
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(10_000);
    await page.goto(url);
    await page.getByRole('button', { name: 'Load demo team' }).click();
    // The demo team and its colleagues' year of history take a while on a busy machine.
    await page.getByRole('button', { name: 'Reload demo team' }).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Home and messages are drawn again whenever the app updates them; scroll to the copy on screen now. */
  async function scrollTo(target: Locator): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await target.scrollIntoViewIfNeeded();
        return;
      } catch (error) {
        if (attempt === 5 || !String(error).includes('not attached')) throw error;
      }
    }
  }

  async function actAs(userId: string): Promise<void> {
    await page.selectOption('#person', userId);
    await page.locator('#person').evaluate((select, id) => (select as HTMLSelectElement).value === id, userId);
  }

  async function type(command: string): Promise<void> {
    await page.locator('[data-pane^="D"]').click();
    await page.fill('#composer-input', command);
    await page.press('#composer-input', 'Enter');
  }

  async function personId(slackUserId: string): Promise<string> {
    const person = await db.prisma.person.findFirstOrThrow({
      where: { slackUserId, workspace: { slackTeamId: SANDBOX_TEAM_ID } },
    });
    return person.id;
  }

  const modal = (): ReturnType<Page['locator']> => page.locator('#modal-layer .modal');

  it('a first-time user makes a plan: welcome, plan modal, saved pathway', async () => {
    await actAs(SAM);
    await type('/pathway');
    await page.getByText('Welcome to Pathway').waitFor();
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await modal().locator('.label', { hasText: 'Where you want to go' }).waitFor();
    await page.screenshot({ path: `${SHOTS}01-plan-modal.png` });
    // One row per suggestion with its date beside it, and one box for Sam's own milestones (his Slack writes dates day first).
    expect(await modal().locator('.section .accessory input[type="date"]').count()).toBe(8);
    await modal().locator('textarea').fill('Shadow a director by 3/4/2027');

    await modal().getByRole('button', { name: 'Save plan' }).click();
    await modal().waitFor({ state: 'detached' });
    const pathway = await db.prisma.pathway.findFirstOrThrow({
      where: { personId: await personId(SAM), status: 'active' },
      include: { milestones: true },
    });
    expect(pathway.goalRoleKey).toBe('senior-instructional-designer');
    expect(pathway.milestones.length).toBeGreaterThan(1);
    expect(pathway.milestones.find((m) => m.templateKey === null)).toMatchObject({
      title: 'Shadow a director',
      dueDate: new Date('2027-04-03T00:00:00Z'),
    });

    await type('/pathway');
    await page.getByText('Your pathway').last().waitFor();
    await page.screenshot({ path: `${SHOTS}02-overview.png` });
    // The person picker tells the truth about Sam now.
    await expect
      .poll(() => page.locator(`#person option[value="${SAM}"]`).textContent())
      .toContain('aiming at Senior Instructional Designer');
  });

  it('a date typed in the plan modal goes to the app once, when the field is left, not at every digit', async () => {
    await actAs(SAM);
    await type('/pathway plan');
    const date = modal().locator('input[type="date"]').first();
    await date.waitFor();
    const updates = (): number => sandbox.fake.callsTo('views.update').length;
    const before = updates();
    await date.click();
    // Typing a year digit by digit passes through "0002", "0020", "0202": none of them may reach the app.
    await page.keyboard.type('03152028', { delay: 30 });
    await page.waitForTimeout(500);
    expect(updates()).toBe(before);
    // Leaving the field (Tab only moves between its month, day and year) sends it, once.
    await modal().locator('.modal-title').click();
    await expect.poll(updates).toBe(before + 1);
    await modal().locator('.modal-footer [data-modal="close"]').click();
    await modal().waitFor({ state: 'detached' });
  });

  it('a check-in: field errors from the app appear in the modal, then the check-in is saved', async () => {
    await actAs(PRIYA);
    await page.locator('[data-pane="home"]').click();
    await page.locator('.home').getByRole('button', { name: 'Check in' }).click();
    await modal().getByText('Your rating').first().waitFor();
    const priya = await personId(PRIYA);
    const before = await db.prisma.checkIn.count({ where: { personId: priya } });

    const ratings = modal().locator('[data-type="radio_buttons"]');
    const count = await ratings.count();
    for (let i = 0; i < count; i += 1)
      await ratings
        .nth(i)
        .getByLabel(i === 0 ? 'Consistent' : 'Not yet')
        .check();
    await modal().getByRole('button', { name: 'Save check-in' }).click();
    await modal().locator('.error').first().waitFor();
    expect(await db.prisma.checkIn.count({ where: { personId: priya } })).toBe(before);

    await modal().locator('textarea').first().fill('Led the onboarding redesign with Sales and Support.');
    await page.screenshot({ path: `${SHOTS}03-checkin.png` });
    await modal().getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => db.prisma.checkIn.count({ where: { personId: priya } })).toBe(before + 1);
    await page.locator('#modal-layer .modal[aria-label="Check-in saved"]').waitFor();
    await modal().locator('.modal-footer [data-modal="close"]').click();
    await modal().waitFor({ state: 'detached' });
  });

  it('a manager’s Home shows their team and what waits for them', async () => {
    await actAs(MAYA);
    await page.locator('[data-pane="home"]').click();
    await page.locator('.home').getByText('Your team').waitFor();
    await page.locator('.home').getByText('Waiting for you:').waitFor();
    await page.screenshot({ path: `${SHOTS}07-manager-home.png` });
  });

  it("a manager calibrates a report's check-in from /pathway team", async () => {
    await actAs(MAYA);
    await type('/pathway team');
    await page.getByRole('button', { name: 'Add your view to the check-in' }).first().click();
    await modal().getByText('Your view').waitFor();
    const ratings = modal().locator('[data-type="radio_buttons"]');
    const count = await ratings.count();
    for (let i = 0; i < count; i += 1) await ratings.nth(i).getByLabel('Emerging').check();
    await page.screenshot({ path: `${SHOTS}04-calibration.png` });
    await modal().getByRole('button', { name: 'Save' }).click();
    await page.locator('#modal-layer .modal[aria-label="Your view is saved"]').waitFor();
    await modal().locator('.modal-footer [data-modal="close"]').click();
    await modal().waitFor({ state: 'detached' });
    const calibrated = await db.prisma.checkIn.findFirst({
      where: { calibratedAt: { not: null } },
      include: { ratings: true },
    });
    expect(calibrated?.ratings.every((r) => r.managerRating === 2)).toBe(true);
  });

  it('a finished milestone is celebrated in the team channel after the scheduler runs', async () => {
    await actAs(PRIYA);
    await page.locator('[data-pane="home"]').click();
    await page.locator('.home').getByRole('button', { name: 'Done' }).first().click();
    await modal().locator('textarea').fill('Finished the business acumen course; notes shared with Maya.');
    await modal().locator('.modal-footer .btn-primary').click();
    await modal().waitFor({ state: 'detached' });

    // The app asks first (consent "ask"): the question arrives as a DM.
    await page.getByRole('button', { name: 'Run scheduler now' }).click();
    await page.locator('[data-pane^="D"]').click();
    await page.getByRole('button', { name: 'Post this time' }).click();
    await page.getByRole('button', { name: 'Run scheduler now' }).click();
    // A new post shows an unread badge until the channel is seen.
    await page.locator(`[data-pane="${WINS_CHANNEL.id}"] .badge`).waitFor();
    await page.locator(`[data-pane="${WINS_CHANNEL.id}"]`).click();
    await page.locator('.item-app').first().waitFor();
    await page.screenshot({ path: `${SHOTS}05-celebration.png` });
    expect(sandbox.fake.messagesIn(WINS_CHANNEL.id).length).toBeGreaterThan(0);
    await page.locator('[data-pane^="D"]').click();
    expect(await page.locator(`[data-pane="${WINS_CHANNEL.id}"] .badge`).count()).toBe(0);
  });

  it('a development conversation: the agenda as the employee, then the notes as the manager', async () => {
    await actAs(PRIYA);
    await type('/pathway conversation');
    await page.getByText('Questions for this conversation').last().waitFor();
    await page.screenshot({ path: `${SHOTS}07-conversation-agenda.png` });

    await actAs(MAYA);
    await type('/pathway conversation <@U0SBPRIYA>');
    await page.getByText('Questions for this conversation').last().waitFor();
    await page.getByRole('button', { name: 'Record notes' }).last().click();
    await modal().getByText('Agreed actions').waitFor();
    await modal()
      .locator('textarea')
      .first()
      .fill('Priya leads the onboarding results deck; practise the Finance questions first.');
    await modal().locator('input[type="text"]').first().fill('Present the onboarding results to Finance');
    await modal().locator('input[type="date"]').first().fill('2027-03-01');
    await page.screenshot({ path: `${SHOTS}08-conversation-notes.png` });
    await modal().getByRole('button', { name: 'Save' }).click();
    await page.locator('#modal-layer .modal[aria-label="Notes saved"]').waitFor();
    await modal().locator('.modal-footer [data-modal="close"]').click();
    await modal().waitFor({ state: 'detached' });
    const priya = await personId(PRIYA);
    expect(await db.prisma.conversation.count({ where: { personId: priya, status: 'held' } })).toBe(2);
    expect(
      await db.prisma.milestone.count({
        where: {
          pathway: { personId: priya },
          title: 'Present the onboarding results to Finance',
          agreedAt: { not: null },
        },
      }),
    ).toBe(1);
  });

  it('feedback on readiness: Priya sees her colleagues’ view beside her ratings; Sam answers in the form', async () => {
    await actAs(PRIYA);
    await page.locator('[data-pane="home"]').click();
    // Each signal's line carries the colleagues' counts beside Priya's rating and Maya's.
    const colleaguesView = page.locator('.home').getByText('colleagues:', { exact: false }).first();
    await scrollTo(colleaguesView);
    await page.screenshot({ path: `${SHOTS}09-feedback-readiness.png` });

    // Sam's request waits in his DM (delivered by the sender); he opens the answer form from it.
    await page.getByRole('button', { name: 'Run scheduler now' }).click();
    await actAs(SAM);
    await page.locator('[data-pane^="D"]').click();
    await page.getByRole('button', { name: 'Answer' }).last().click();
    await modal().getByText('Show my name with my answer').waitFor();
    await modal().getByText('That is not full anonymity', { exact: false }).waitFor();
    // The screenshot shows what an answer without a name gives away, next to the choice.
    await scrollTo(modal().getByText('Show my name with my answer'));
    await page.screenshot({ path: `${SHOTS}10-feedback-answer.png` });
    await modal().locator('.modal-footer [data-modal="close"]').click();
    await modal().waitFor({ state: 'detached' });
  });

  it('shows what a message says as text, never as markup', async () => {
    await actAs(SAM);
    const posted = await fetch(`${sandbox.fake.url}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.fake.bot.token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        channel: SAM,
        text: 'fallback',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: '<img src=x onerror="window.pwned = 1">' } },
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: '&lt;script&gt;window.pwned = 2&lt;/script&gt; <javascript:window.pwned=3|click me> *bold*',
            },
          },
        ],
      }),
    });
    expect(await posted.json()).toMatchObject({ ok: true });
    await type('/pathway help');
    await page.getByText('<script>window.pwned = 2</script>').waitFor();
    await page.getByText('<img src=x onerror="window.pwned = 1">').waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(
      await page.locator('#pane-body script, #pane-body img[onerror], #pane-body a[href^="javascript"]').count(),
    ).toBe(0);
    expect(await page.locator('#pane-body b', { hasText: 'bold' }).count()).toBeGreaterThan(0);
  });

  it("moves the app's clock forward", async () => {
    const before = Date.parse((await page.locator('#clock').getAttribute('data-now')) ?? '');
    await page.getByRole('button', { name: '+1 day' }).click();
    await expect
      .poll(async () => Date.parse((await page.locator('#clock').getAttribute('data-now')) ?? '') - before)
      .toBeGreaterThanOrEqual(24 * 3600_000);
    expect(sandbox.clock.now().getTime() - Date.now()).toBeGreaterThanOrEqual(24 * 3600_000 - 1000);
  });

  it('"Next working morning" goes to 9:00 in Leo’s zone and says what was sent to whom; his overdue milestone is nudged', async () => {
    await actAs(LEO);
    await expect.poll(() => page.locator('#clock').textContent()).toContain('America/New_York');
    // Forget an earlier move's answer, so the one read below is this move's.
    await page.locator('#toast').evaluate((toast) => (toast.textContent = ''));
    await page.getByRole('button', { name: 'Next working morning' }).click();
    // The sandbox answers a clock move once the messages due have gone out (up to 15 s on a busy machine).
    await expect
      .poll(() => page.locator('#toast').textContent(), { timeout: 20_000 })
      .toMatch(/^(Sent \d+: \w+ \d+(, \S+ \d+)*|Nothing was due: no message sent\.)$/);
    const local = DateTime.fromJSDate(sandbox.clock.now()).setZone('America/New_York');
    expect(local.weekday).toBeLessThanOrEqual(5);
    expect(local.hour).toBe(9);
    await page.locator('[data-pane^="D"]').click();
    await page.locator('.item-app').first().waitFor();
    await page.screenshot({ path: `${SHOTS}06-nudge.png` });
    // The move's answer can come before the sender has drained on a busy machine.
    await expect
      .poll(() => sandbox.fake.messagesIn(sandbox.fake.dmChannelFor(LEO)).map((m) => m.text), { timeout: 15_000 })
      .toContain('Pathway: milestone 2 is overdue');
  });

  it('/pathway mentor suggests mentors for the goal role, each with an Ask button', async () => {
    await actAs(LEO);
    await type('/pathway mentor');
    await page.getByText('Mentors for').last().waitFor();
    await page
      .getByRole('button', { name: /Ask this person to mentor you/ })
      .first()
      .waitFor();
    // A colleague's mention reads as their name, as in Slack.
    await page.getByText('@Ben Carter').last().waitFor();
    await scrollTo(page.getByText('Mentors for').last());
    await page.screenshot({ path: `${SHOTS}09-mentoring.png` });
  });

  it('an admin’s report: figures from the demo history, the CSV and chart shown in the DM', async () => {
    await actAs(ALEX);
    await type('/pathway report 365d');
    await page.getByText('Progression report').last().waitFor();
    await page.locator('.file-card img').first().waitFor();
    await page.locator('.file-card pre').first().waitFor();
    await scrollTo(page.locator('.file-card').first());
    await page.screenshot({ path: `${SHOTS}08-report-files.png` });
  });

  it('reloading the demo team asks before wiping the workspace', async () => {
    const people = await db.prisma.person.count();
    await page.getByRole('button', { name: 'Reload demo team' }).click();
    await page.locator('#confirm-layer').getByText('This wipes the sandbox workspace').waitFor();
    await page.locator('#confirm-layer').getByRole('button', { name: 'Keep what is here' }).click();
    expect(await db.prisma.pathway.count({ where: { personId: await personId(SAM) } })).toBe(1);
    expect(await db.prisma.person.count()).toBe(people);
  });

  it('in Spanish: the language picker sets the demo user’s language, the page and help answer in Spanish with the commands in English', async () => {
    await actAs(PRIYA);
    await page.selectOption('#language', 'es');
    await page.getByText('Pathway ahora te escribe en español').last().waitFor();
    // The page's own text follows, and says it is Spanish so that screen readers read it as Spanish.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('button', { name: 'Ejecutar el planificador ahora' }).waitFor();
    await page.getByRole('button', { name: 'Volver a cargar el equipo de demostración' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('Entorno de pruebas de Pathway');
    expect(await page.title()).toBe('Entorno de pruebas de Pathway');
    expect(await page.locator('[data-pane="home"]').textContent()).toBe('Inicio');
    expect(await page.locator('#composer-input').getAttribute('placeholder')).toBe('Escribe /pathway help');
    expect(await page.getByLabel('Mensaje', { exact: true }).count()).toBe(1);
    expect(await page.locator('#language').inputValue()).toBe('es');
    await type('/pathway help');
    await page.getByText('Pathway: lo que puedes escribir').last().waitFor();
    await page.locator('.item-app').last().getByText('elige el rol al que aspiras').waitFor();
    await page.screenshot({ path: `${SHOTS}09-help-in-spanish.png` });
    expect((await db.prisma.person.findFirstOrThrow({ where: { slackUserId: PRIYA } })).language).toBe('es');
    expect(await seriousAccessibilityProblems()).toEqual([]);
    // Back to Slack's language (Priya's is English): the page follows.
    await page.selectOption('#language', 'auto');
    await page.getByText('Pathway now follows your Slack language').last().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Run scheduler now' }).waitFor();
  });

  /** axe-core's serious and critical findings on what the page shows now, one line each. */
  async function seriousAccessibilityProblems(): Promise<string[]> {
    // Evaluated rather than added as a script tag: the page's CSP (rightly) refuses inline scripts.
    if (!(await page.evaluate(() => 'axe' in window)))
      await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
      }));
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.targets.join(' ')}`);
  }

  it('passes an automated accessibility check (axe-core): the page, Home with its buttons, and an open modal', async () => {
    await actAs(PRIYA);
    await page.locator('[data-pane="home"]').click();
    // Buttons reach the accessibility tree under their label, which names the milestone.
    await page.locator('.home button[aria-label^="Mark "]').first().waitFor();
    expect(await seriousAccessibilityProblems()).toEqual([]);
    await type('/pathway');
    await page.locator('.item-app button[aria-label^="Check in on your readiness"]').last().waitFor();
    expect(await seriousAccessibilityProblems()).toEqual([]);
    await type('/pathway settings');
    await modal().waitFor();
    expect(await seriousAccessibilityProblems()).toEqual([]);
    await modal().locator('.modal-footer [data-modal="close"]').click();
  });

  it('the app made no call Slack would reject', () => {
    expect(sandbox.fake.specViolations).toEqual([]);
    expect(sandbox.fake.blockKitViolations).toEqual([]);
  });
});
