// Step 3 of the letter: "your National Authority or an Administrator inside your organization
// will manage (accept/reject) your request. If you are a National Authority, the Commission
// [...] will manage (accept/reject) your request." A Commission user accepts a person into the
// Central Competent Authority of Poland (fictional, end2end/fixtures/organisations.csv); that
// authority then decides the requests of Polish operators: one from the request's page, one
// from the keyboard, one rejected with a reason. Each requester sees the outcome.
import { test, expect } from './fixtures/app';
import { registerAndLogIn } from './fixtures/people';
import { closeOtherPeople, makeCommissionUser, pageOfAnotherPerson, requestPost } from './fixtures/approvals';
import type { Locator, Page } from '@playwright/test';

const CCA = 'Fikcyjny Urząd Centralny Eko';
const MILL = 'Fikcyjny Młyn Łąka';
const FARM = 'Gospodarstwo Fikcyjne Źródło';
const CONSIGNEE = 'Fikcyjny Odbiorca Pierwszy';
const REASON = 'Your farm is not in our register of organic operators; send us the certificate of your control body.';

/** The number in the "Request 12" link of a queue row. */
async function requestId(row: Locator): Promise<string> {
  const text = await row.getByRole('link', { name: /^Request \d+$/ }).textContent();
  return text!.replace('Request ', '');
}

test.afterEach(closeOtherPeople);

async function openProfile(page: Page) {
  await page.goto('/training/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'My TRACES profile' })).toBeVisible();
}

test('an authority accepts and rejects the requests of its country; requesters see the outcome', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  const other = () => pageOfAnotherPerson(browser, baseURL, problems);

  // A: a Commission user, made on the server's command line.
  const commission = await registerAndLogIn(page, 'training', 'comm');
  makeCommissionUser('training', commission.email);

  // B asks to join the Central Competent Authority of Poland.
  const bPage = await other();
  const authority = await registerAndLogIn(bPage, 'training', 'cca');
  // Nobody decides anything yet: no "Requests to decide" for B.
  await expect(bPage.getByRole('banner').getByRole('link', { name: /^Notifications/ })).toBeVisible();
  await expect(bPage.getByRole('banner').getByRole('link', { name: /^Requests to decide/ })).toHaveCount(0);
  await requestPost(bPage, 'authority', 'urzad centralny', CCA, 'I head the organic unit of the central authority.');

  // A finds B's request in the queue (role filter), opens it and accepts it.
  await page.goto('/training');
  const aQueueLink = page.getByRole('banner').getByRole('link', { name: /^Requests to decide: \d+ pending$/ });
  await expect(aQueueLink).toBeVisible();
  await aQueueLink.click();
  await expect(page).toHaveURL(/\/training\/queue$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Requests to decide' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByLabel('Role', { exact: true }).selectOption('AUTHORITY');
  await page.getByLabel('Organisation', { exact: true }).fill('urzad');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/role_kind=AUTHORITY/);
  const table = page.getByRole('table', { name: 'Pending requests in your scope' });
  const bRow = table.getByRole('row').filter({ hasText: authority.email });
  await expect(bRow).toContainText(CCA);
  await expect(bRow).toContainText('Central Competent Authority');
  const bId = await requestId(bRow);
  await bRow.getByRole('link', { name: `Request ${bId}` }).click();
  await expect(page).toHaveURL(new RegExp(`/training/queue/${bId}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Request ${bId}` })).toBeVisible();
  await expect(page.getByText('I head the organic unit of the central authority.')).toBeVisible();
  await expect(page.getByText('Poland (PL)').first()).toBeVisible();
  await expect(page.getByRole('table', { name: `History of request ${bId}` })).toContainText('Request sent');
  await page.getByRole('button', { name: `Accept request ${bId}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Request ${bId} accepted.` })).toBeVisible();
  await expect(page.getByText('Status: Valid')).toBeVisible();
  // The first member of an organisation becomes its Administrator.
  await expect(page.getByRole('table', { name: `History of request ${bId}` })).toContainText('Administrator flag granted');
  await expect(page.getByLabel('Administrator of the organisation')).toBeChecked();

  // B is now an authority of Poland: a decider.
  await openProfile(bPage);
  await expect(bPage.getByRole('row').filter({ hasText: CCA })).toContainText('Valid');
  await expect(bPage.getByRole('banner').getByRole('link', { name: /^Requests to decide/ })).toBeVisible();

  // C, D and E ask to join Polish operators.
  const cPage = await other();
  const mill = await registerAndLogIn(cPage, 'training', 'mill');
  await requestPost(cPage, 'operator', 'mlyn laka', MILL, 'I buy the grain for the mill.');
  const dPage = await other();
  const farm = await registerAndLogIn(dPage, 'training', 'farm');
  await requestPost(dPage, 'operator', 'zrodlo', FARM, 'I keep the books of the farm.');
  const ePage = await other();
  const consignee = await registerAndLogIn(ePage, 'training', 'cons');
  await requestPost(ePage, 'operator', 'odbiorca', CONSIGNEE, 'I receive the consignments.');

  // B filters the queue by country, oldest first.
  await bPage.goto('/training/queue');
  await bPage.getByLabel('Country', { exact: true }).selectOption('PL');
  await bPage.getByLabel('Order', { exact: true }).selectOption('oldest_first');
  await bPage.getByRole('button', { name: 'Apply filters' }).click();
  await expect(bPage).toHaveURL(/country=PL/);
  const bTable = bPage.getByRole('table', { name: 'Pending requests in your scope' });
  const rowOf = (email: string) => bTable.getByRole('row').filter({ hasText: email });
  await expect(rowOf(mill.email)).toContainText(MILL);
  await expect(rowOf(farm.email)).toContainText(FARM);
  await expect(rowOf(consignee.email)).toContainText(CONSIGNEE);
  const [cId, dId, eId] = [await requestId(rowOf(mill.email)), await requestId(rowOf(farm.email)), await requestId(rowOf(consignee.email))];
  await expect(bPage.getByRole('link', { name: 'Export this list (CSV)' })).toHaveAttribute('href', /queue\.csv\?instance=training&view=pending&order=oldest_first&country=PL/);

  // A has E's request open when B decides it: A's accept then meets B's decision.
  await page.goto(`/training/queue/${eId}`);
  await expect(page.getByRole('button', { name: `Accept request ${eId}` })).toBeVisible();

  // B opens C's request and accepts it.
  await rowOf(mill.email).getByRole('link', { name: `Request ${cId}` }).click();
  await expect(bPage.getByText('I buy the grain for the mill.')).toBeVisible();
  await expect(bPage.getByText(mill.email).first()).toBeVisible();
  await bPage.getByRole('button', { name: `Accept request ${cId}` }).click();
  await expect(bPage.getByRole('status').filter({ hasText: `Request ${cId} accepted.` })).toBeVisible();

  // Back in the queue (the filters kept): the keyboard. The first row is D's, "j" goes to E's,
  // "a" accepts it; then D's is the only one: "r" opens the reason field.
  await bPage.goBack();
  await expect(bPage).toHaveURL(/country=PL/);
  await expect(rowOf(mill.email)).toHaveCount(0);
  await expect(rowOf(farm.email)).toBeVisible();
  await bPage.getByRole('heading', { level: 1 }).click();
  await bPage.keyboard.press('j');
  await expect(rowOf(consignee.email)).toBeFocused();
  await bPage.keyboard.press('k');
  await expect(rowOf(farm.email)).toBeFocused();
  await bPage.keyboard.press('j');
  await bPage.keyboard.press('a');
  await expect(bPage.getByRole('status').filter({ hasText: `Request ${eId} accepted.` })).toBeVisible();
  await expect(rowOf(consignee.email)).toHaveCount(0);
  await expect(rowOf(farm.email)).toBeFocused();
  await bPage.keyboard.press('r');
  const reason = bPage.getByLabel('Reason for the rejection');
  await expect(reason).toBeFocused();
  // Letters typed into the reason are not shortcuts.
  await reason.fill('no');
  await bPage.getByRole('button', { name: `Confirm the rejection of request ${dId}` }).click();
  await expect(bPage.getByText('Reason: write at least 5 characters')).toBeVisible();
  await reason.fill(REASON);
  await bPage.getByRole('button', { name: `Confirm the rejection of request ${dId}` }).click();
  await expect(bPage.getByRole('status').filter({ hasText: `Request ${dId} rejected.` })).toBeVisible();
  await expect(bPage.getByText('No request waits for your decision with these filters.')).toBeVisible();

  // A's accept of E's request, decided meanwhile by B: who decided, and when.
  await page.getByRole('button', { name: `Accept request ${eId}` }).click();
  const conflict = page.getByRole('alert').filter({ hasText: `Request ${eId} was already accepted by` });
  await expect(conflict).toContainText(authority.email);
  await expect(conflict).toContainText('nothing was changed');
  await expect(page.getByText('Status: Valid')).toBeVisible();

  // The decision history has all three.
  await bPage.getByRole('navigation', { name: 'Which requests' }).getByRole('link', { name: 'Decision history' }).click();
  await expect(bPage).toHaveURL(/view=decided/);
  const history = bPage.getByRole('table', { name: 'Decided requests in your scope' });
  await expect(history.getByRole('row').filter({ hasText: farm.email })).toContainText('Rejected');
  await expect(history.getByRole('row').filter({ hasText: mill.email })).toContainText('Valid');
  const csv = await bPage.request.get((await bPage.getByRole('link', { name: 'Export decision history (CSV)' }).getAttribute('href'))!);
  expect(csv.ok()).toBeTruthy();
  expect(await csv.text()).toContain(REASON);

  // The requesters: C valid, D rejected with the reason, also in D's notifications.
  await openProfile(cPage);
  await expect(cPage.getByRole('row').filter({ hasText: MILL })).toContainText('Valid');
  await openProfile(dPage);
  const dRow = dPage.getByRole('row').filter({ hasText: FARM });
  await expect(dRow).toContainText('Rejected');
  await expect(dRow).toContainText(REASON);
  const bell = dPage.getByRole('banner').getByRole('link', { name: 'Notifications: 1 unread' });
  await bell.click();
  await expect(dPage.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(dPage.getByRole('listitem').filter({ hasText: `Your request to join “${FARM}” (PL) was rejected` })).toContainText('Unread');
  await dPage.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(dPage.getByText('All notifications are marked as read.')).toBeVisible();
  await expect(dPage.getByRole('banner').getByRole('link', { name: 'Notifications: none unread' })).toBeVisible();

  // D decides nothing: the queue says who decides requests instead.
  await dPage.goto('/training/queue');
  await expect(dPage.getByText('You have no requests to decide on this instance.')).toBeVisible();
  await expect(dPage.getByText('your National Authority or an Administrator inside your organization will manage (accept/reject) your request')).toBeVisible();

  expect(problems, 'the other pages logged errors').toEqual([]);
});

test('a Commission user decides ticked requests at once: all or nothing, each refusal named', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const other = () => pageOfAnotherPerson(browser, baseURL, problems);
  const commission = await registerAndLogIn(page, 'training', 'bulk');
  makeCommissionUser('training', commission.email);

  const gPage = await other();
  const importer = await registerAndLogIn(gPage, 'training', 'imp');
  await requestPost(gPage, 'operator', 'importazioni', 'Fittizia Importazioni Bio Srl', 'I import for the company.');
  const hPage = await other();
  const farmer = await registerAndLogIn(hPage, 'training', 'agri');
  await requestPost(hPage, 'operator', 'agricola', 'Azienda Agricola Immaginaria', 'I run the farm.');

  await page.goto('/training/queue?country=IT');
  const table = page.getByRole('table', { name: 'Pending requests in your scope' });
  const gRow = table.getByRole('row').filter({ hasText: importer.email });
  const hRow = table.getByRole('row').filter({ hasText: farmer.email });
  const [gId, hId] = [await requestId(gRow), await requestId(hRow)];

  // H cancels meanwhile; the bulk accept of both then changes nothing and names H's request.
  await openProfile(hPage);
  await hPage.getByRole('button', { name: 'Cancel the request for Azienda Agricola Immaginaria' }).click();
  await expect(hPage.getByRole('row').filter({ hasText: 'Azienda Agricola Immaginaria' })).toContainText('Cancelled');

  await page.getByRole('checkbox', { name: 'Select all requests on this page' }).check();
  await expect(page.getByRole('checkbox', { name: `Select request ${gId}` })).toBeChecked();
  await expect(page.getByText('2 requests selected.')).toBeVisible();
  await page.getByRole('button', { name: 'Accept selected' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was decided' });
  await expect(refusal).toContainText(`Request ${hId} was already cancelled by the requester`);
  await expect(gRow).toContainText('Pending');

  // "x" unticks the row the keyboard is on: the first one, H's (newest first).
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('x');
  await expect(page.getByRole('checkbox', { name: `Select request ${hId}` })).not.toBeChecked();
  await expect(page.getByText('1 request selected.')).toBeVisible();
  await page.getByRole('button', { name: 'Accept selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Request ${gId} accepted.` })).toBeVisible();
  await expect(gRow).toHaveCount(0);

  await openProfile(gPage);
  await expect(gPage.getByRole('row').filter({ hasText: 'Fittizia Importazioni Bio Srl' })).toContainText('Valid');
  expect(problems, 'the other pages logged errors').toEqual([]);
});
