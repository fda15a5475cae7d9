// The customer's side in a real browser at phone width: the complaint form in Portuguese (switched
// from the browser's English) and English with photos, the status link while staff reassign, reply,
// decide and resolve in the inbox, each step arriving on the open page without a reload
// (server-sent events), the satisfaction question; the signed link from the order email with a
// video; and one complaint's link reading nothing of another's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ComplaintStatus, StaffComplaint } from '../../../contracts/portal.js';
import { apiJson, launchBrowser, screenshotPath, startServer, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let photo: string;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-photo-')), 'IMG_0001.jpg');
  fs.writeFileSync(
    photo,
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a5a2b' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 0/1' } })
      .toBuffer(),
  );
  await apiJson(server.url, 'POST', '/api/products', { sku: 'BAG-1', title: 'Travel bag', promises: {} });
  await apiJson(server.url, 'POST', '/api/orders', {
    orderId: 'W-1001',
    customerEmail: 'ana.silva@example.com',
    orderedAt: '2026-11-01T10:00:00Z',
    batch: 'B-2026-07',
    lines: [{ sku: 'BAG-1', variant: 'black', qty: 1, price: 49.5 }],
  });
  await apiJson(server.url, 'POST', '/api/inspections', {
    batch: 'B-2026-07',
    sku: 'BAG-1',
    inspectedAt: '2026-10-28T09:00:00Z',
    inspector: 'Rui Costa',
    result: 'conditional',
    notes: 'strap clips short on 2 of 50',
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('files a complaint with a photo in Portuguese on a phone and follows it live', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  const broken: string[] = [];
  page.on('response', (res) => {
    const p = new URL(res.url()).pathname;
    if ((p.startsWith('/portal/api/') || p.startsWith('/api/')) && (res.status() >= 500 || res.status() === 404))
      broken.push(`${p} ${res.status()}`);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto(`${server.url}/portal`);
  await page.getByRole('heading', { name: 'Report a problem with your order' }).waitFor();
  await page.getByLabel('Language').selectOption('pt');
  await page.getByRole('heading', { name: 'Relatar um problema com o seu pedido' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt');

  // A wrong email: the one answer that does not say which half was wrong.
  await page.getByLabel('Número do pedido').fill('W-1001');
  await page.getByLabel('E-mail usado no pedido').fill('outra@example.com');
  await page.getByRole('button', { name: 'Encontrar o meu pedido' }).click();
  await page.getByRole('alert').getByText('Não encontrámos um pedido com este número e e-mail').waitFor();

  await page.getByLabel('E-mail usado no pedido').fill('ana.silva@example.com');
  await page.getByRole('button', { name: 'Encontrar o meu pedido' }).click();
  await page.getByRole('checkbox', { name: 'Travel bag (black)' }).waitFor();
  expect(await page.getByRole('checkbox', { name: 'Travel bag (black)' }).isChecked()).toBe(true);
  await page.getByRole('radio', { name: 'Falta uma peça ou um item' }).check();
  // The evidence this problem needs is asked for, and a missing photo is named before sending.
  await page.getByText('Adicione uma foto de tudo o que veio na caixa.').waitFor();
  await page.getByLabel('O que aconteceu?').fill('A alça não veio na caixa. <b>nada</b>');
  await page.getByRole('radio', { name: 'Enviar um substituto' }).check();
  await page.getByRole('button', { name: 'Enviar a reclamação' }).click();
  await page.getByRole('alert').getByText('Este problema precisa de uma foto.').waitFor();
  expect(await page.getByLabel('Fotos').getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel('Fotos').setInputFiles(photo);
  await page.getByRole('button', { name: 'Enviar a reclamação' }).click();
  await page.getByRole('heading', { name: 'Obrigado, recebemos a sua reclamação' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('portal-filed-390'), fullPage: true });
  const reference = (await page.locator('strong').first().textContent())!;

  // The status link: steps so far, the photo, the thread.
  await page.getByRole('link', { name: 'Acompanhar a reclamação' }).click();
  await page.getByRole('heading', { name: /A sua reclamação/ }).waitFor();
  await page.getByRole('img', { name: 'Foto 1' }).waitFor();
  expect(await page.getByRole('img', { name: 'Foto 1' }).evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  const staff = await apiJson<StaffComplaint>(server.url, 'GET', `/api/portal/complaints/${reference}`);
  expect(staff.body).toMatchObject({ orderId: 'W-1001', items: ['BAG-1'], language: 'pt', problem: 'part_missing' });

  // Staff answer through the API; the open page shows it without a reload.
  const url = page.url();
  // Staff answer from the inbox (a second tab), and ask for the label.
  const inbox = await browser.context.newPage();
  await inbox.goto(`${server.url}/inbox?signal=${staff.body.signalId}`);
  const pane = inbox.getByRole('region', { name: "Customer's status page" });
  // The complaint's trace sits beside it: the batch's inspection record and the customer's photo.
  await pane
    .getByRole('list', { name: 'Inspection records of the batch' })
    .getByText(/Rui Costa · conditional/)
    .waitFor();
  await pane.getByRole('img', { name: 'Sent by the customer (1)' }).waitFor();
  // Staff reassign it to another team in the inbox: the open status page shows the step by itself.
  const steps = page.locator('.portal-steps li');
  expect(await steps.count()).toBe(2);
  await inbox.getByRole('checkbox', { name: `Select signal ${staff.body.signalId}` }).check();
  const bulk = inbox.getByRole('form', { name: 'Change the selected signals' });
  await bulk.getByLabel('Assign to').selectOption('customer_operations');
  await bulk.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => steps.count(), { timeout: 10_000 }).toBe(3);
  await pane.getByLabel('Message to the customer').fill('Pode enviar uma foto da etiqueta?');
  await pane.getByRole('button', { name: 'Send to the customer' }).click();
  await pane.getByText('Sent to the customer.').waitFor();
  await pane.getByLabel('Step the customer sees').selectOption('waiting_for_customer');
  await pane.getByRole('button', { name: 'Record step' }).click();
  await pane.getByText('Step recorded.').waitFor();
  await page.getByText('Pode enviar uma foto da etiqueta?').waitFor({ timeout: 10_000 });
  await page.getByRole('heading', { name: 'À espera da sua resposta' }).waitFor({ timeout: 10_000 });
  expect(page.url()).toBe(url);

  // The customer answers in the thread; their words are shown as text.
  await page.getByRole('textbox', { name: 'A sua resposta' }).fill('<img src=x onerror=alert(1)> etiqueta B-2026-07');
  await page.getByRole('button', { name: 'Enviar resposta' }).click();
  await page.getByText('<img src=x onerror=alert(1)> etiqueta B-2026-07').waitFor();
  // Staff record the decision in the inbox.
  await pane.getByLabel('Step the customer sees').selectOption('decided');
  await pane.getByLabel('Note (tracking number when shipped)').fill('replacement');
  await pane.getByRole('button', { name: 'Record step' }).click();
  await page.getByRole('heading', { name: 'Decidida' }).waitFor({ timeout: 10_000 });

  // A second photo from the status page (the label that was asked for).
  await page.getByLabel('Adicionar fotos').setInputFiles(photo);
  await page.getByRole('button', { name: 'Enviar fotos' }).click();
  await page.getByRole('img', { name: 'Foto 2' }).waitFor();

  // Staff resolve the signal in the inbox: the page closes the complaint and asks one question.
  await inbox.getByRole('checkbox', { name: `Select signal ${staff.body.signalId}` }).check();
  await bulk.getByLabel('Status').selectOption('resolved');
  await bulk.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('heading', { name: 'Encerrada' }).waitFor({ timeout: 10_000 });
  await inbox.close();
  await page.getByRole('radio', { name: '5 – muito satisfeito' }).check();
  await page.getByLabel('Comentário (opcional)').fill('Rápido e simpático');
  await page.getByRole('button', { name: 'Enviar a resposta' }).click();
  await page.getByRole('status').getByText('Obrigado pela sua resposta.').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath('portal-status-390'), fullPage: true });

  const token = url.split('/').pop()!;
  const status = await apiJson<ComplaintStatus>(server.url, 'GET', `/portal/api/status/${token}`);
  expect(status.body.messages.map((m) => m.author)).toEqual(['staff', 'customer']);
  expect(status.body.steps.map((s) => s.step)).toEqual(['received', 'assigned', 'assigned', 'waiting_for_customer', 'decided', 'closed']);
  expect(status.body.steps[2]!.note).toBe('customer_operations');
  expect(status.body.photos).toHaveLength(2);
  expect(status.body.satisfaction).toEqual({ score: 5, comment: 'Rápido e simpático' });
  expect(await page.locator('.portal img[src="x"]').count()).toBe(0);
  expect(broken).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);

it('files a second complaint in English, switched back from Portuguese, with a photo', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/portal`);
  // The choice made on the first visit is kept.
  await page.getByRole('heading', { name: 'Relatar um problema com o seu pedido' }).waitFor();
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByLabel('Order number').fill('W-1001');
  await page.getByLabel('Email address used for the order').fill('ana.silva@example.com');
  await page.getByRole('button', { name: 'Find my order' }).click();
  await page.getByRole('radio', { name: 'It arrived damaged' }).check();
  await page.getByText('Please add a photo of the parcel, showing the damage.').waitFor();
  await page.getByLabel('Photos').setInputFiles(photo);
  await page.getByLabel('What happened?').fill('The box was crushed and the zip is bent.');
  await page.getByRole('radio', { name: 'Refund me' }).check();
  await page.getByRole('button', { name: 'Send my complaint' }).click();
  await page.getByRole('heading', { name: 'Thank you, we have your complaint' }).waitFor();
  const reference = (await page.locator('strong').first().textContent())!;
  const staff = await apiJson<StaffComplaint>(server.url, 'GET', `/api/portal/complaints/${reference}`);
  expect(staff.body).toMatchObject({ language: 'en', problem: 'arrived_damaged', wants: 'refund' });
  expect(staff.body.photos).toHaveLength(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}, 60_000);

/** A minimal MP4 whose user data carries a GPS position, as a phone writes it. */
function phoneVideo(): Buffer {
  const box = (type: string, payload: Buffer) => {
    const b = Buffer.alloc(8 + payload.length);
    b.writeUInt32BE(8 + payload.length);
    b.write(type, 4, 'latin1');
    payload.copy(b, 8);
    return b;
  };
  const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom'), Buffer.alloc(4), Buffer.from('isomiso2mp41')]));
  const moov = box(
    'moov',
    Buffer.concat([box('mvhd', Buffer.alloc(100)), box('udta', box('\u00a9xyz', Buffer.from('+38.7223-009.1393/')))]),
  );
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(2048, 7))]);
}

it('opens the form from the signed link in the order email, takes a video, and keeps each link to its own complaint', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const video = path.join(path.dirname(photo), 'VID_0001.mp4');
  fs.writeFileSync(video, phoneVideo());

  // An altered link: the one answer, and the number and email can still be typed.
  await page.goto('about:blank');
  await page.goto(`${server.url}/portal#link=V0ItMTAwMQ.zzzzzz.AAAAAAAAAAAAAAAAAAAAAA`);
  await page.getByRole('alert').getByText('This link cannot be used any more.').waitFor();
  await page.getByLabel('Order number').waitFor();

  const { body: link } = await apiJson<{ path: string }>(server.url, 'GET', '/api/portal/orders/W-1001/link');
  await page.goto('about:blank');
  await page.goto(`${server.url}${link.path}`);
  await page.getByRole('status').getByText('Order W-1001, from the link in your email.').waitFor();
  expect(await page.getByLabel('Order number').count()).toBe(0);
  await page.getByRole('checkbox', { name: 'Travel bag (black)' }).waitFor();
  await page.getByRole('radio', { name: 'It arrived damaged' }).check();
  await page.getByLabel('Photos').setInputFiles([photo, video]);
  await page.getByLabel('What happened?').fill('The parcel was torn; the video shows it.');
  await page.getByRole('radio', { name: 'Send a replacement' }).check();
  await page.getByRole('button', { name: 'Send my complaint' }).click();
  await page.getByRole('heading', { name: 'Thank you, we have your complaint' }).waitFor();
  const reference = (await page.locator('strong').first().textContent())!;
  const staff = await apiJson<StaffComplaint>(server.url, 'GET', `/api/portal/complaints/${reference}`);
  expect(staff.body.orderId).toBe('W-1001');
  expect(staff.body.photos.map((p) => p.mime)).toEqual(['image/jpeg', 'video/mp4']);

  await page.getByRole('link', { name: 'Follow your complaint' }).click();
  await page.getByRole('img', { name: 'Video 2' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // This link reads its own video, and neither the first complaint's status nor its photos.
  const first = (await apiJson<{ items: { externalId: string }[] }>(server.url, 'GET', '/api/signals?channel=portal&limit=10')).body.items;
  expect(first.length).toBeGreaterThanOrEqual(3);
  const mine = page.url().split('/').pop()!;
  const own = await page.evaluate(
    async (u) => (await fetch(u)).status,
    staff.body.photos[1]!.url.replace('/api/portal/photos/', `/portal/api/status/${mine}/photos/`),
  );
  expect(own).toBe(200);
  const others = (
    await apiJson<StaffComplaint>(server.url, 'GET', `/api/portal/complaints/${first.find((s) => s.externalId !== reference)!.externalId}`)
  ).body;
  const peek = await page.evaluate(async ([token, file]) => (await fetch(`/portal/api/status/${token}/photos/${file}`)).status, [
    mine,
    others.photos[0]!.url.split('/').pop()!,
  ] as const);
  expect(peek).toBe(404);
  expect(await page.evaluate(async () => (await fetch(`/portal/api/status/${'A'.repeat(43)}`)).status)).toBe(404);
  expect(errors).toEqual([]);
}, 90_000);
