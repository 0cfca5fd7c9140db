/**
 * Issue 19, working together: an editor sends a submission back with a note, which reaches its writer as a
 * notification and on the story's form; a comment's @mention notifies; two people with the same story open
 * each see that the other is editing it. Two browser contexts, in Chromium against the production build.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/sign-in';
import { staff, type StaffAccount } from './support/staff';

let counter = 0;
const unique = (label: string) => `${label} ${Date.now().toString(36)}${++counter}`;
const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const notificationsLink = (page: Page) => page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: /^Notifications/ });

async function signedIn(browser: Browser, account: StaffAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** A new draft in World, saved: returns the form's address. */
async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: 'World' });
  await body(page).click();
  await page.keyboard.type('Council figures for the port were off by a third.');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await expect(page).toHaveURL(/\/editor\/articles\/\d+$/);
  return new URL(page.url()).pathname;
}

test('an editor sends a submission back with a note; the writer finds it in their notifications and on the form', async ({ browser }) => {
  const writer = await signedIn(browser, staff.writer);
  const title = unique('Port figures revised');
  const path = await newDraft(writer, title);
  await writer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writer.getByRole('status').filter({ hasText: 'Submitted for review' }).first()).toBeVisible();

  // The desk is told of the submission.
  const desk = await signedIn(browser, staff.desk);
  await expect(notificationsLink(desk)).toContainText('unread');
  await notificationsLink(desk).click();
  await desk.getByRole('button', { name: `Wren Writer submitted “${title}” for review` }).click();
  await expect(desk).toHaveURL(new RegExp(`${path}$`));

  // A note is required.
  const review = desk.getByRole('region', { name: 'Review' });
  await review.getByRole('button', { name: 'Send back to the writer' }).click();
  await expect(review.getByText('Say what needs to change before it can run.')).toBeVisible();
  const note = 'The second paragraph needs a source for the port figures.';
  await review.getByLabel('Note to the writer').fill(note);
  await review.getByRole('button', { name: 'Send back to the writer' }).click();
  await expect(desk).toHaveURL(/\?saved=sendback/);
  await expect(desk.getByRole('status').filter({ hasText: 'Sent back to the writer' }).first()).toBeVisible();
  await expect(desk.locator('.status-pill')).toHaveText('draft');
  await expect(desk.getByRole('region', { name: 'Review' })).toHaveCount(0);

  // The writer's badge counts it; the list quotes the note and opening it leads to the form, where it stands.
  await writer.goto('/editor');
  await expect(notificationsLink(writer)).toHaveText(/Notifications\s*1 unread/);
  await notificationsLink(writer).click();
  const item = writer.getByRole('listitem').filter({ hasText: `Dee Desk sent “${title}” back to you` });
  await expect(item).toContainText(note);
  await item.getByRole('button').click();
  await expect(writer).toHaveURL(new RegExp(`${path}#comments$`));
  await expect(writer.getByRole('note', { name: 'Sent back' })).toContainText(note);
  const sentBackComment = writer
    .getByRole('region', { name: /Comments/ })
    .getByRole('listitem')
    .first();
  await expect(sentBackComment).toContainText('Sent back');
  await expect(sentBackComment).toContainText(note);
  await expect(notificationsLink(writer)).toHaveText('Notifications');

  // The writer answers in the comments, mentioning the desk, who is notified.
  const comments = writer.getByRole('region', { name: /Comments/ });
  await comments.getByLabel('Add a comment').fill('@Dee Desk added the harbour office as the source.');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(comments.getByRole('status')).toHaveText('Comment added. Dee Desk was notified.');
  await expect(comments.getByRole('listitem')).toHaveCount(2);
  await expect(comments.getByLabel('Add a comment')).toHaveValue('');
  await desk.goto('/editor/notifications');
  await expect(desk.getByRole('button', { name: `Wren Writer mentioned you on “${title}”` })).toBeVisible();

  // Comments are for staff: the story's preview for readers has none of them.
  await writer.goto(`${path}/preview`);
  await expect(writer.getByText('harbour office as the source')).toHaveCount(0);
});

test('a second person opening the story sees who is editing it, and the first sees them on the next heartbeat', async ({ browser }) => {
  const writer = await signedIn(browser, staff.writer);
  const path = await newDraft(writer, unique('Ferry timetable drafted'));
  await writer.goto('/editor');
  // The writer's form says it is open as soon as it mounts.
  const firstBeat = writer.waitForResponse(
    (response) => response.request().method() === 'POST' && !!response.request().headers()['next-action'],
  );
  await writer.goto(path);
  await firstBeat;
  await expect(writer.getByRole('status', { name: 'Who else is here' })).toBeHidden();

  const desk = await signedIn(browser, staff.desk);
  await desk.goto(path);
  // Rendered on the server from the writer's heartbeat in the database.
  await expect(desk.getByRole('status', { name: 'Who else is here' })).toHaveText(/^Wren Writer is editing this story\./);
  // The writer's next heartbeat answers with the desk.
  await expect(writer.getByRole('status', { name: 'Who else is here' })).toHaveText(/^Dee Desk is editing this story\./, {
    timeout: 30_000,
  });
});
